"use server";
import { revalidatePath } from "next/cache";
import { COORDINATOR_ROLES, defineAction } from "@/lib/actions/safe-action";
import { logActivity } from "@/lib/server/activities/log-activity";
import { ZActivityInput } from "@/lib/validations/activity";

export const logActivityAction = defineAction(
  { name: "logActivity", schema: ZActivityInput, roles: COORDINATOR_ROLES },
  async (data, actor) => {
    const result = await logActivity({ actor, data });
    revalidatePath(`/partners/${data.partnerId}`);
    revalidatePath("/board");
    return result;
  },
);
