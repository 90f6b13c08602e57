"use server";
import { revalidatePath } from "next/cache";
import { COORDINATOR_ROLES, defineAction } from "@/lib/actions/safe-action";
import { createFieldOfWork, updateFieldOfWork } from "@/lib/server/fields-of-work/write";
import { ZFieldOfWorkCreate, ZFieldOfWorkUpdate } from "@/lib/validations/field-of-work";

/** Field labels show on the join form (static) as well; the directory and feed are dynamic. */
function revalidate() {
  revalidatePath("/settings/fields-of-work");
  revalidatePath("/mitglied-werden");
}

export const createFieldOfWorkAction = defineAction({ name: "fieldsOfWork.create", schema: ZFieldOfWorkCreate, roles: COORDINATOR_ROLES }, async (data, actor) => {
  const result = await createFieldOfWork({ actor, data });
  revalidate();
  return result;
});

export const updateFieldOfWorkAction = defineAction({ name: "fieldsOfWork.update", schema: ZFieldOfWorkUpdate, roles: COORDINATOR_ROLES }, async (data, actor) => {
  const result = await updateFieldOfWork({ actor, data });
  revalidate();
  return result;
});
