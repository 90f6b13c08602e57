"use server";
import { revalidatePath } from "next/cache";
import { defineAction } from "@/lib/actions/safe-action";
import { setUserActive, setUserRoles } from "@/lib/server/users/manage-users";
import { ZSetUserActive, ZSetUserRoles } from "@/lib/validations/user";

export const setUserActiveAction = defineAction({ name: "setUserActive", schema: ZSetUserActive, roles: ["ADMIN"] }, async (data, actor) => {
  await setUserActive({ actor, ...data });
  revalidatePath("/admin/users");
  return null;
});

export const setUserRolesAction = defineAction({ name: "setUserRoles", schema: ZSetUserRoles, roles: ["ADMIN"] }, async (data, actor) => {
  await setUserRoles({ actor, ...data });
  revalidatePath("/admin/users");
  return null;
});
