import "server-only";
import { prisma } from "@/lib/db";
import type { TActor } from "@/lib/auth/session";
import { checkPassword, hashPassword } from "@/lib/auth/password";
import { assertStrongPassword } from "@/lib/auth/password-strength";
import { AppError } from "@/lib/errors";
import type { TChangePassword } from "@/lib/validations/user";
import { writeAudit } from "@/lib/server/audit";
import { endSessions } from "./sessions";

/** The signed-in user changes their password (knowing the current one); every session ends, this one included. */
export async function changePassword({ actor, data }: { actor: TActor; data: TChangePassword }) {
  const user = await prisma.user.findUnique({ where: { id: actor.id }, select: { active: true, passwordHash: true } });
  if (!(await checkPassword(user, data.currentPassword))) {
    throw new AppError("VALIDATION", "auth.currentPasswordWrong", { fieldErrors: { currentPassword: "auth.currentPasswordWrong" } });
  }
  assertStrongPassword(data.password, [actor.email, actor.name]);
  const passwordHash = await hashPassword(data.password);
  await prisma.$transaction(async (tx) => {
    await tx.user.update({ where: { id: actor.id }, data: { passwordHash } });
    await endSessions(tx, actor.id);
    await writeAudit(tx, { actorId: actor.id, action: "user.passwordChanged", entity: "User", entityId: actor.id, data: {} });
  });
}

/** "Sign out everywhere": ends every session of the account, on every device. */
export async function signOutEverywhere({ actor }: { actor: TActor }) {
  await prisma.$transaction(async (tx) => {
    await endSessions(tx, actor.id);
    await writeAudit(tx, { actorId: actor.id, action: "user.sessionsEnded", entity: "User", entityId: actor.id, data: {} });
  });
}
