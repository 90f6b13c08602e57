"use server";
import { revalidatePath } from "next/cache";
import { COORDINATOR_ROLES, defineAction } from "@/lib/actions/safe-action";
import { saveValuesVersion } from "@/lib/server/agreements/values";
import { ZValuesVersion } from "@/lib/validations/agreement";

export const saveValuesAction = defineAction({ name: "values.save", schema: ZValuesVersion, roles: COORDINATOR_ROLES }, async (data, actor) => {
  const result = await saveValuesVersion({ actor, data });
  revalidatePath("/settings/values");
  revalidatePath("/mitglied-werden");
  return result;
});
