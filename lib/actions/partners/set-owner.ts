"use server";
import { revalidatePath } from "next/cache";
import { COORDINATOR_ROLES, defineAction } from "@/lib/actions/safe-action";
import { setOwner, setOwners } from "@/lib/server/owners/set-owner";
import { ZSetOwner, ZSetOwners } from "@/lib/validations/task";

export const setOwnerAction = defineAction({ name: "setOwner", schema: ZSetOwner, roles: COORDINATOR_ROLES }, async (data, actor) => {
  const result = await setOwner({ actor, data });
  revalidatePath(`/partners/${data.id}`);
  revalidatePath("/partners");
  revalidatePath("/board");
  return result;
});

export const setOwnersAction = defineAction({ name: "setOwners", schema: ZSetOwners, roles: COORDINATOR_ROLES }, async (data, actor) => {
  const result = await setOwners({ actor, data });
  revalidatePath("/partners");
  revalidatePath("/board");
  return result;
});
