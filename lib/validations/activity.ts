import { z } from "zod";
import { ACTIVITY_KINDS } from "@/lib/domain/fields-of-work";
import { ZId, optionalText, requiredText } from "./common";

export const ZActivityInput = z.object({
  partnerId: ZId,
  kind: z.enum(ACTIVITY_KINDS, { error: "validation.invalidOption" }),
  occurredAt: z
    .string({ error: "validation.required" })
    .min(1, "validation.required")
    .refine((v) => !Number.isNaN(Date.parse(v)), "validation.date")
    .refine((v) => Date.parse(v) < Date.now() + 366 * 86400_000, "validation.date"),
  summary: requiredText(2000),
  location: optionalText(200),
});
export type TActivityInput = z.infer<typeof ZActivityInput>;
