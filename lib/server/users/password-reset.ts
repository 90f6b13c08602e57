import "server-only";
import crypto from "node:crypto";
import { prisma } from "@/lib/db";
import { env } from "@/lib/env";
import { hashPassword } from "@/lib/auth/password";
import { AppError } from "@/lib/errors";
import type { TResetPassword } from "@/lib/validations/user";
import { writeAudit } from "@/lib/server/audit";
import { resetMail } from "@/lib/server/mail/templates";
import { enqueueMail } from "@/lib/server/mail/enqueue-mail";
import { hitRateLimit } from "@/lib/server/rate-limit";
import { consumeToken, findValidToken, hashToken } from "./auth-token";

/** Always answers the same way, so the form cannot be used to probe for accounts. */
export async function requestPasswordReset(email: string) {
  if ((await hitRateLimit(`reset:${email}`, 3600_000)) > 3) return;
  const user = await prisma.user.findUnique({ where: { email } });
  if (!user?.active) return;
  const token = crypto.randomBytes(32).toString("base64url");
  await prisma.$transaction(async (tx) => {
    await tx.authToken.create({ data: { kind: "RESET", tokenHash: hashToken(token), email, userId: user.id, expiresAt: new Date(Date.now() + 3600_000) } });
    await enqueueMail(tx, { to: email, ...resetMail(`${env().NEXTAUTH_URL ?? "http://localhost:3000"}/reset-password?token=${token}`) });
  });
}

export async function resetPassword(data: TResetPassword) {
  const passwordHash = await hashPassword(data.password);
  await prisma.$transaction(async (tx) => {
    const row = await findValidToken(tx, "RESET", data.token);
    if (!row?.userId || !(await consumeToken(tx, row.id))) throw new AppError("FORBIDDEN", "auth.resetInvalid");
    await tx.user.update({ where: { id: row.userId }, data: { passwordHash } });
    await writeAudit(tx, { actorId: row.userId, action: "user.passwordReset", entity: "User", entityId: row.userId, data: {} });
  });
}
