import crypto from "node:crypto";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { hashPassword, passwordProblem } from "@/lib/auth/password";
import { MIN_PASSWORD_SCORE, passwordScore } from "@/lib/auth/password-strength";

/**
 * A production database without users gets its first admin from
 * ADMIN_EMAIL/ADMIN_PASSWORD, or a one-time setup link printed to the log.
 */
export async function bootstrapAdmin(prisma: PrismaClient) {
  const email = process.env.ADMIN_EMAIL?.trim().toLowerCase();
  const password = process.env.ADMIN_PASSWORD;
  if (email && password) {
    const problem = passwordProblem(password) ?? (passwordScore(password, [email]) < MIN_PASSWORD_SCORE ? "passwordWeak" : null);
    if (problem) throw new Error(`ADMIN_PASSWORD refused: ${problem}`);
    await prisma.user.create({ data: { email, name: email.split("@")[0], passwordHash: await hashPassword(password), roles: ["ADMIN", "COORDINATOR"] } });
    console.log(`Created the first admin ${email}.`);
    return;
  }
  const token = crypto.randomBytes(32).toString("base64url");
  await prisma.authToken.create({
    data: {
      kind: "SETUP",
      tokenHash: crypto.createHash("sha256").update(token).digest("hex"),
      email: "",
      expiresAt: new Date(Date.now() + 24 * 3600_000),
    },
  });
  const base = process.env.NEXTAUTH_URL ?? `http://localhost:${process.env.PORT ?? 3000}`;
  console.log(`No users yet. Create the first admin within 24 hours: ${base}/setup?token=${token}`);
}
