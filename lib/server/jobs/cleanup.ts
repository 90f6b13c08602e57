import "server-only";
import { prisma } from "@/lib/db";

/**
 * The hourly clean-up job: expired sign-in/invitation/reset tokens and expired
 * rate-limit counters. Finished jobs are pg-boss's own maintenance (JOB_RETENTION).
 */
export async function runCleanup(now = new Date()) {
  const [tokens, rateLimits, formTokens] = await prisma.$transaction([
    prisma.authToken.deleteMany({ where: { expiresAt: { lt: now } } }),
    prisma.rateLimit.deleteMany({ where: { expiresAt: { lt: now } } }),
    prisma.usedFormToken.deleteMany({ where: { expiresAt: { lt: now } } }),
  ]);
  return { tokens: tokens.count, rateLimits: rateLimits.count, formTokens: formTokens.count };
}
