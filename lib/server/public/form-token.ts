import "server-only";
import crypto from "node:crypto";
import { env } from "@/lib/env";

/** A human needs a few seconds for the contact form; bots post at once. */
export const MIN_FILL_MS = 3_000;
export const MAX_FORM_AGE_MS = 24 * 3_600_000;

// Without NEXTAUTH_SECRET (tests, a single dev process) a per-process key does; every
// deployment sets the secret, so tokens are valid on all instances.
const fallbackKey = crypto.randomBytes(32).toString("hex");
const key = () => env().NEXTAUTH_SECRET ?? fallbackKey;
const sign = (issuedAt: number) => crypto.createHmac("sha256", key()).update(`join-form:${issuedAt}`).digest("base64url");

/** A signed "form opened at" stamp; the browser cannot forge an earlier time. */
export function issueFormToken(now = Date.now()): string {
  return `${now}.${sign(now)}`;
}

export type TFormTokenCheck = "ok" | "tooFast" | "expired" | "invalid";

export function checkFormToken(token: string, now = Date.now()): TFormTokenCheck {
  const [stamp, mac] = token.split(".");
  const issuedAt = Number(stamp);
  if (!stamp || !mac || !Number.isSafeInteger(issuedAt)) return "invalid";
  const expected = sign(issuedAt);
  if (mac.length !== expected.length || !crypto.timingSafeEqual(Buffer.from(mac), Buffer.from(expected))) return "invalid";
  if (now - issuedAt < MIN_FILL_MS) return "tooFast";
  if (now - issuedAt > MAX_FORM_AGE_MS) return "expired";
  return "ok";
}
