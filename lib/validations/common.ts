import { z } from "zod";

// Messages are catalogue keys; the UI translates them (see messages/de.ts → validation).
// Ids are cuids (and a few fixed seed ids): letters, digits, "-" and "_" only.
export const ZId = z.string().min(1, "validation.required").max(64, "validation.invalid").regex(/^[A-Za-z0-9_-]*$/, "validation.invalid");
// Version columns are PostgreSQL integers.
export const ZVersion = z.number({ error: "validation.invalid" }).int().positive().max(2_147_483_647, "validation.invalid");

// PostgreSQL text cannot hold NUL; other C0 controls (except tab and line breaks) are
// never typed by people. Refused with a message instead of failing at the database.
// Lone UTF-16 surrogates cannot be encoded as UTF-8 at all (Prisma's query protocol fails on them).
const CONTROL_CHARS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
/** Text a person can have typed: no NUL or other control characters, no broken UTF-16. */
export const noControlChars = (v: string) => !CONTROL_CHARS.test(v);

export const requiredText = (max: number) =>
  z
    .string({ error: "validation.required" })
    .trim()
    .min(1, "validation.required")
    .max(max, "validation.tooLong")
    .refine(noControlChars, "validation.controlCharacters");

/** Optional free text: "" means empty; longer than `max` is refused. */
export const optionalText = (max: number) =>
  z.string({ error: "validation.invalid" }).trim().max(max, "validation.tooLong").refine(noControlChars, "validation.controlCharacters");

/**
 * An optional field: "" means empty; the length is checked first (so an
 * oversized value gets "too long", not a format message), then the format.
 */
const optionalFormatted = (max: number, valid: (v: string) => boolean, message: string) =>
  z
    .string({ error: "validation.invalid" })
    .trim()
    .max(max, "validation.tooLong")
    .refine(noControlChars, "validation.controlCharacters")
    .refine((v) => v === "" || valid(v), message);

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]{2,}$/;
export const ZOptionalEmail = optionalFormatted(254, (v) => EMAIL.test(v) && z.email().safeParse(v).success, "validation.email");

const PHONE = /^\+?[0-9][0-9 ()/-]{4,28}[0-9]$/;
export const ZOptionalPhone = optionalFormatted(30, (v) => PHONE.test(v), "validation.phone");

function isWebUrl(v: string) {
  try {
    const u = new URL(v);
    return (u.protocol === "https:" || u.protocol === "http:") && u.hostname.includes(".");
  } catch {
    return false;
  }
}
export const ZOptionalUrl = optionalFormatted(300, isWebUrl, "validation.url");

export const ZOptionalPostalCode = optionalFormatted(10, (v) => /^\d{5}$/.test(v), "validation.postalCode");

/** "" → null, for storing optional fields. */
export const emptyToNull = (v: string | undefined | null) => (v == null || v.trim() === "" ? null : v.trim());
