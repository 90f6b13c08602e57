import "server-only";
import { prisma } from "@/lib/db";

/**
 * Fixed-window counter in PostgreSQL (shared by every app instance).
 * `hit` adds one and returns the new count. Sign-in uses its own slowdown: sign-in-throttle.ts.
 */
export async function hitRateLimit(key: string, windowMs: number): Promise<number> {
  const now = new Date();
  const rows = await prisma.$queryRaw<{ count: number }[]>`
    INSERT INTO "RateLimit" ("key", "count", "expiresAt", "lastHitAt") VALUES (${key}, 1, ${new Date(now.getTime() + windowMs)}, ${now})
    ON CONFLICT ("key") DO UPDATE SET
      "count" = CASE WHEN "RateLimit"."expiresAt" < now() THEN 1 ELSE "RateLimit"."count" + 1 END,
      "expiresAt" = CASE WHEN "RateLimit"."expiresAt" < now() THEN EXCLUDED."expiresAt" ELSE "RateLimit"."expiresAt" END,
      "lastHitAt" = EXCLUDED."lastHitAt"
    RETURNING "count"`;
  return Number(rows[0].count);
}

/** Requests for a mail with a sign-in or reset link: at most 3 per address and hour (the answer never changes). */
export const LINK_MAIL_LIMIT = { max: 3, windowMs: 3600_000 };

/** Counts a link-mail request for `kind` and address; false once the limit is exceeded. */
export async function allowLinkMail(kind: "reset" | "magic", email: string) {
  return (await hitRateLimit(`${kind}:${email}`, LINK_MAIL_LIMIT.windowMs)) <= LINK_MAIL_LIMIT.max;
}
