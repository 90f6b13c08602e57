"use server";
import { defineAction } from "@/lib/actions/safe-action";
import { changePassword } from "@/lib/server/users/account";
import { ZChangePassword } from "@/lib/validations/user";

export const changePasswordAction = defineAction({ name: "account.changePassword", schema: ZChangePassword, roles: ["ADMIN", "COORDINATOR", "PARTNER"] }, async (data, actor) => {
  await changePassword({ actor, data });
  return null;
});
