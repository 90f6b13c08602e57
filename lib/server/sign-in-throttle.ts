import "server-only";
import { prisma } from "@/lib/db";

/**
 * Failed sign-ins slow down, per account and per IP address, instead of locking:
 * after the free attempts each further one must wait 1 s, 2 s, 4 s … up to a
 * minute after the previous failure. An attacker gets about one guess a minute;
 * the account's owner, whom anyone can make fail, waits at most a minute. The
 * counters live in PostgreSQL (shared by every instance) and are forgotten 15
 * minutes after the last failure.
 */
export const SIGN_IN_THROTTLE = { accountFree: 5, ipFree: 20, baseMs: 1_000, maxMs: 60_000, windowMs: 15 * 60_000 } as const;

/** The wait required after `failures` failures, of which `free` need none. */
export function throttleDelayMs(failures: number, free: number): number {
  if (failures < free) return 0;
  return Math.min(SIGN_IN_THROTTLE.baseMs * 2 ** (failures - free), SIGN_IN_THROTTLE.maxMs);
}

export const signInKeys = (email: string, ip: string) => ({ account: `signin:account:${email}`, ip: `signin:ip:${ip}` });

/** Milliseconds until the next attempt for this account from this IP is allowed (0: now). */
export async function signInWaitMs(keys: { account: string; ip: string }, now = new Date()): Promise<number> {
  const rows = await prisma.rateLimit.findMany({ where: { key: { in: [keys.account, keys.ip] }, expiresAt: { gt: now } } });
  let wait = 0;
  for (const row of rows) {
    const free = row.key === keys.account ? SIGN_IN_THROTTLE.accountFree : SIGN_IN_THROTTLE.ipFree;
    wait = Math.max(wait, row.lastHitAt.getTime() + throttleDelayMs(row.count, free) - now.getTime());
  }
  return Math.max(0, wait);
}

/** Counts a failure on both keys; each counter lives 15 minutes past its last failure. */
export async function recordSignInFailure(keys: { account: string; ip: string }) {
  const now = new Date();
  const expiresAt = new Date(now.getTime() + SIGN_IN_THROTTLE.windowMs);
  for (const key of [keys.account, keys.ip]) {
    await prisma.$executeRaw`
      INSERT INTO "RateLimit" ("key", "count", "expiresAt", "lastHitAt") VALUES (${key}, 1, ${expiresAt}, ${now})
      ON CONFLICT ("key") DO UPDATE SET
        "count" = CASE WHEN "RateLimit"."expiresAt" < ${now} THEN 1 ELSE "RateLimit"."count" + 1 END,
        "expiresAt" = EXCLUDED."expiresAt",
        "lastHitAt" = EXCLUDED."lastHitAt"`;
  }
}

/** A successful sign-in clears the account's counter (not the IP's: one office, many accounts). */
export async function clearSignInFailures(keys: { account: string }) {
  await prisma.rateLimit.deleteMany({ where: { key: keys.account } });
}
