import { z } from "zod";

// Messages are catalogue keys; the UI translates them (see messages/de.ts → validation).
export const ZId = z.string().min(1, "validation.required").max(64, "validation.invalid");
export const ZVersion = z.number({ error: "validation.invalid" }).int().positive();

export const requiredText = (max: number) =>
  z.string({ error: "validation.required" }).trim().min(1, "validation.required").max(max, "validation.tooLong");

/** Optional free text: "" means empty; longer than `max` is refused. */
export const optionalText = (max: number) => z.string({ error: "validation.invalid" }).trim().max(max, "validation.tooLong");

export const ZOptionalEmail = z.union([
  z.literal(""),
  z.string().trim().max(254, "validation.tooLong").pipe(z.email("validation.email")),
]);

const PHONE = /^\+?[0-9][0-9 ()/-]{4,28}[0-9]$/;
export const ZOptionalPhone = z.union([
  z.literal(""),
  z.string().trim().max(30, "validation.tooLong").regex(PHONE, "validation.phone"),
]);

export const ZOptionalUrl = z.union([
  z.literal(""),
  z
    .string()
    .trim()
    .max(300, "validation.tooLong")
    .refine((v) => {
      try {
        const u = new URL(v);
        return (u.protocol === "https:" || u.protocol === "http:") && u.hostname.includes(".");
      } catch {
        return false;
      }
    }, "validation.url"),
]);

export const ZOptionalPostalCode = z.union([z.literal(""), z.string().trim().regex(/^\d{5}$/, "validation.postalCode")]);

/** "" → null, for storing optional fields. */
export const emptyToNull = (v: string | undefined | null) => (v == null || v.trim() === "" ? null : v.trim());
