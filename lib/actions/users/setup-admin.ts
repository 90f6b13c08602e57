"use server";
import { definePublicAction } from "@/lib/actions/safe-action";
import { setupAdmin } from "@/lib/server/users/setup-admin";
import { ZSetupAdmin } from "@/lib/validations/user";

export const setupAdminAction = definePublicAction({ name: "setupAdmin", schema: ZSetupAdmin }, (data) => setupAdmin(data));
