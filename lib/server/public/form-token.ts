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
const sign = (issuedAt: number, nonce: string) => crypto.createHmac("sha256", key()).update(`join-form:${issuedAt}:${nonce}`).digest("base64url");

/**
 * A signed "form opened at" stamp with a random nonce: the browser cannot forge an
 * earlier time, and the nonce makes the token single-use (submit-join records it).
 */
export function issueFormToken(now = Date.now()): string {
  const nonce = crypto.randomBytes(12).toString("base64url");
  return `${now}.${nonce}.${sign(now, nonce)}`;
}

/** The nonce of a token that passed checkFormToken: the key of its single use. */
export const formTokenNonce = (token: string) => token.split(".")[1];

export type TFormTokenCheck = "ok" | "tooFast" | "expired" | "invalid";

export function checkFormToken(token: string, now = Date.now()): TFormTokenCheck {
  const [stamp, nonce, mac, ...rest] = token.split(".");
  const issuedAt = Number(stamp);
  if (!stamp || !nonce || !mac || rest.length || !Number.isSafeInteger(issuedAt)) return "invalid";
  const expected = sign(issuedAt, nonce);
  if (mac.length !== expected.length || !crypto.timingSafeEqual(Buffer.from(mac), Buffer.from(expected))) return "invalid";
  if (now - issuedAt < MIN_FILL_MS) return "tooFast";
  if (now - issuedAt > MAX_FORM_AGE_MS) return "expired";
  return "ok";
}
