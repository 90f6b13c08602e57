import "server-only";
import { prisma } from "@/lib/db";

/**
 * Fixed-window counter in PostgreSQL (shared by every app instance).
 * `hit` adds one and returns the new count; `count` only reads.
 */
export async function hitRateLimit(key: string, windowMs: number): Promise<number> {
  const rows = await prisma.$queryRaw<{ count: number }[]>`
    INSERT INTO "RateLimit" ("key", "count", "expiresAt") VALUES (${key}, 1, ${new Date(Date.now() + windowMs)})
    ON CONFLICT ("key") DO UPDATE SET
      "count" = CASE WHEN "RateLimit"."expiresAt" < now() THEN 1 ELSE "RateLimit"."count" + 1 END,
      "expiresAt" = CASE WHEN "RateLimit"."expiresAt" < now() THEN EXCLUDED."expiresAt" ELSE "RateLimit"."expiresAt" END
    RETURNING "count"`;
  return Number(rows[0].count);
}

export async function rateLimitCount(key: string): Promise<number> {
  const row = await prisma.rateLimit.findUnique({ where: { key } });
  return row && row.expiresAt > new Date() ? row.count : 0;
}

export async function resetRateLimit(key: string) {
  await prisma.rateLimit.deleteMany({ where: { key } });
}

/** Per account: 5 failures in 15 minutes. Per IP a little more, since offices share one address. */
export const SIGN_IN_LIMIT = { failures: 5, ipFailures: 20, windowMs: 15 * 60_000 };
