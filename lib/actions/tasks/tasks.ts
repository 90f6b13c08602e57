"use server";
import { revalidatePath } from "next/cache";
import { COORDINATOR_ROLES, defineAction } from "@/lib/actions/safe-action";
import { completeTask, createTask, reopenTask, updateTask } from "@/lib/server/tasks/write-tasks";
import { ZCompleteTask, ZCreateTask, ZReopenTask, ZUpdateTask } from "@/lib/validations/task";

function revalidate(partnerId: string) {
  revalidatePath(`/partners/${partnerId}`);
  revalidatePath("/tasks");
  revalidatePath("/board");
  revalidatePath("/partners");
}

export const createTaskAction = defineAction({ name: "createTask", schema: ZCreateTask, roles: COORDINATOR_ROLES }, async (data, actor) => {
  const result = await createTask({ actor, data });
  revalidate(data.partnerId);
  return result;
});

export const updateTaskAction = defineAction({ name: "updateTask", schema: ZUpdateTask, roles: COORDINATOR_ROLES }, async (data, actor) => {
  const result = await updateTask({ actor, data });
  revalidate(result.partnerId);
  return { id: result.id };
});

export const completeTaskAction = defineAction({ name: "completeTask", schema: ZCompleteTask, roles: COORDINATOR_ROLES }, async (data, actor) => {
  const result = await completeTask({ actor, data });
  revalidate(result.partnerId);
  return result;
});

export const reopenTaskAction = defineAction({ name: "reopenTask", schema: ZReopenTask, roles: COORDINATOR_ROLES }, async (data, actor) => {
  const result = await reopenTask({ actor, data });
  revalidate(result.partnerId);
  return { id: result.id };
});
