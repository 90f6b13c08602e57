"use server";
import { definePublicAction } from "@/lib/actions/safe-action";
import { requestPasswordReset, resetPassword } from "@/lib/server/users/password-reset";
import { ZRequestReset, ZResetPassword } from "@/lib/validations/user";

export const requestResetAction = definePublicAction({ name: "requestReset", schema: ZRequestReset }, async ({ email }) => {
  await requestPasswordReset(email);
  return null;
});

export const resetPasswordAction = definePublicAction({ name: "resetPassword", schema: ZResetPassword }, async (data) => {
  await resetPassword(data);
  return null;
});
