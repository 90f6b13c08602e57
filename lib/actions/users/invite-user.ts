"use server";
import { revalidatePath } from "next/cache";
import { COORDINATOR_ROLES, defineAction } from "@/lib/actions/safe-action";
import { AppError } from "@/lib/errors";
import type { Role } from "@/lib/generated/prisma/enums";
import { inviteUser } from "@/lib/server/users/invite";
import { ZInviteUser } from "@/lib/validations/user";

/** Coordinators invite partner contacts; only admins invite coordinators. */
export const inviteUserAction = defineAction({ name: "inviteUser", schema: ZInviteUser, roles: COORDINATOR_ROLES }, async (data, actor) => {
  if (data.kind === "COORDINATOR" && !actor.roles.includes("ADMIN")) throw new AppError("FORBIDDEN");
  if (data.kind === "PARTNER" && !data.partnerId) throw new AppError("VALIDATION");
  const roles: Role[] = data.kind === "PARTNER" ? ["PARTNER"] : data.admin ? ["COORDINATOR", "ADMIN"] : ["COORDINATOR"];
  const result = await inviteUser({ actor, email: data.email, roles, partnerId: data.kind === "PARTNER" ? data.partnerId! : null });
  revalidatePath("/admin/users");
  if (data.partnerId) revalidatePath(`/partners/${data.partnerId}`);
  return result;
});
