import "server-only";
import { prisma } from "@/lib/db";

/**
 * The hourly clean-up job: expired sign-in/invitation/reset tokens and expired
 * rate-limit counters, and idempotency keys older than a week (a retried submit comes
 * within minutes). Finished jobs are pg-boss's own maintenance (JOB_RETENTION).
 */
export const IDEMPOTENCY_KEY_DAYS = 7;

export async function runCleanup(now = new Date()) {
  const keysBefore = new Date(now.getTime() - IDEMPOTENCY_KEY_DAYS * 24 * 3600 * 1000);
  const [tokens, rateLimits, formTokens, idempotencyKeys] = await prisma.$transaction([
    prisma.authToken.deleteMany({ where: { expiresAt: { lt: now } } }),
    prisma.rateLimit.deleteMany({ where: { expiresAt: { lt: now } } }),
    prisma.usedFormToken.deleteMany({ where: { expiresAt: { lt: now } } }),
    prisma.idempotencyKey.deleteMany({ where: { createdAt: { lt: keysBefore } } }),
  ]);
  return { tokens: tokens.count, rateLimits: rateLimits.count, formTokens: formTokens.count, idempotencyKeys: idempotencyKeys.count };
}
