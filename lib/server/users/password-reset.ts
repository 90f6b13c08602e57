import "server-only";
import crypto from "node:crypto";
import { prisma } from "@/lib/db";
import { env } from "@/lib/env";
import { hashPassword } from "@/lib/auth/password";
import { assertStrongPassword } from "@/lib/auth/password-strength";
import { AppError } from "@/lib/errors";
import type { TResetPassword } from "@/lib/validations/user";
import { writeAudit } from "@/lib/server/audit";
import { resetMail } from "@/lib/server/mail/templates";
import { enqueueMail } from "@/lib/server/mail/enqueue-mail";
import { allowLinkMail } from "@/lib/server/rate-limit";
import { consumeToken, findValidToken, hashToken } from "./auth-token";
import { endSessions } from "./sessions";

/** Always answers the same way, so the form cannot be used to probe for accounts. */
export async function requestPasswordReset(email: string) {
  if (!(await allowLinkMail("reset", email))) return;
  const user = await prisma.user.findUnique({ where: { email } });
  if (!user?.active) return;
  const token = crypto.randomBytes(32).toString("base64url");
  const url = `${env().NEXTAUTH_URL ?? "http://localhost:3000"}/reset-password?token=${token}`;
  await prisma.$transaction(async (tx) => {
    const row = await tx.authToken.create({
      data: { kind: "RESET", tokenHash: hashToken(token), email, userId: user.id, expiresAt: new Date(Date.now() + 3600_000) },
      select: { id: true },
    });
    await enqueueMail(tx, { to: email, ...resetMail(url), link: { url, kind: "RESET", tokenId: row.id } });
  });
}

/** Sets the new password and ends every session of the account. */
export async function resetPassword(data: TResetPassword) {
  const pending = await findValidToken(prisma, "RESET", data.token);
  assertStrongPassword(data.password, [pending?.email ?? ""]);
  const passwordHash = await hashPassword(data.password);
  await prisma.$transaction(async (tx) => {
    const row = await findValidToken(tx, "RESET", data.token);
    if (!row?.userId || !(await consumeToken(tx, row.id))) throw new AppError("FORBIDDEN", "auth.resetInvalid");
    await tx.user.update({ where: { id: row.userId }, data: { passwordHash } });
    await endSessions(tx, row.userId);
    await writeAudit(tx, { actorId: row.userId, action: "user.passwordReset", entity: "User", entityId: row.userId, data: {} });
  });
}
