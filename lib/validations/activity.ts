import { z } from "zod";
import { ACTIVITY_KINDS } from "@/lib/domain/fields-of-work";
import { ZId, optionalText, requiredText } from "./common";

const ISO = /^(\d{4})-(\d{2})-(\d{2})T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2})?$/;

/** A real calendar date-time in ISO form; lenient parsing would accept "garbage 12" or 30 February. */
function isIsoDateTime(v: string) {
  const m = ISO.exec(v);
  if (!m || Number.isNaN(Date.parse(v))) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const check = new Date(Date.UTC(y, mo - 1, d));
  return check.getUTCFullYear() === y && check.getUTCMonth() === mo - 1 && check.getUTCDate() === d;
}

export const ZActivityInput = z.object({
  partnerId: ZId,
  kind: z.enum(ACTIVITY_KINDS, { error: "validation.invalidOption" }),
  occurredAt: z
    .string({ error: "validation.required" })
    .min(1, "validation.required")
    .refine(isIsoDateTime, "validation.date")
    .refine((v) => Date.parse(v) < Date.now() + 366 * 86400_000, "validation.date"),
  summary: requiredText(2000),
  location: optionalText(200),
});
export type TActivityInput = z.infer<typeof ZActivityInput>;
