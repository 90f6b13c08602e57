import { z } from "zod";
import { ZId, ZOptionalEmail, ZOptionalPhone, ZOptionalPostalCode, ZOptionalUrl, ZVersion, optionalText } from "./common";

/** Internal contact data a partner may change directly (audited, no review). */
export const ZPartnerContactData = z.object({
  version: ZVersion,
  email: ZOptionalEmail,
  phone: ZOptionalPhone,
  street: optionalText(200),
  postalCode: ZOptionalPostalCode,
  city: optionalText(100),
});
export type TPartnerContactData = z.infer<typeof ZPartnerContactData>;

export const MAX_BULLETS = 5;
export const MAX_BULLET_LENGTH = 120;

/** Public profile fields: go into a draft that a coordinator approves. */
export const ZProfileDraft = z.object({
  description: z
    .array(z.string().trim().max(MAX_BULLET_LENGTH, "validation.bulletTooLong"))
    .transform((xs) => xs.filter((x) => x.length > 0))
    .pipe(z.array(z.string()).min(1, "validation.bulletsRange").max(MAX_BULLETS, "validation.bulletsRange")),
  website: ZOptionalUrl,
  logoFileId: z.string().max(64).optional(),
  publicContactId: z.string().max(64).optional(),
});
export type TProfileDraftInput = z.input<typeof ZProfileDraft>;
export type TProfileDraft = z.output<typeof ZProfileDraft>;

export const ZPublicationConsent = z.object({ consent: z.boolean() });

export const ZReviewDraft = z
  .object({ draftId: ZId, decision: z.enum(["APPROVE", "REJECT"]), comment: optionalText(1000) })
  .refine((v) => v.decision === "APPROVE" || v.comment.length >= 3, { message: "validation.rejectComment", path: ["comment"] });
export type TReviewDraft = z.infer<typeof ZReviewDraft>;
