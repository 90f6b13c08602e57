import { z } from "zod";
import { AGREEMENT_STATUSES } from "@/lib/domain/fields-of-work";
import { ZId, ZVersion, optionalText, requiredText } from "./common";

export const ZGenerateAgreement = z.object({ partnerId: ZId });
export const ZAgreementRef = z.object({ agreementId: ZId, version: ZVersion });

/** Online signature: the signer's name, function, authority, and the hash of the document they saw. */
export const ZSignAgreement = ZAgreementRef.extend({
  name: requiredText(120),
  // The name in Latin letters: asked for when the name's script cannot be drawn in the PDF.
  latinName: optionalText(120).optional(),
  function: requiredText(120),
  authorised: z.literal(true, { error: "validation.authorisedRequired" }),
  documentSha256: z.string().regex(/^[0-9a-f]{64}$/, "validation.invalid"),
});
export type TSignAgreement = z.infer<typeof ZSignAgreement>;

export const ZRevokeAgreement = ZAgreementRef.extend({ reason: requiredText(500).min(3, "validation.tooShort"), moveBack: z.boolean() });
export type TRevokeAgreement = z.infer<typeof ZRevokeAgreement>;

export const ZDeclineAgreement = ZAgreementRef.extend({ reason: optionalText(500) });

export const ZPaperSigned = z.object({
  signedBy: requiredText(200),
  signedAt: z.string().refine((v) => !Number.isNaN(Date.parse(v)) && Date.parse(v) <= Date.now() + 86_400_000, "validation.date"),
});

export const ZValuesVersion = z.object({ valuesText: requiredText(10_000), bodyText: requiredText(20_000), basedOnVersion: z.number().int().positive() });
export type TValuesVersion = z.infer<typeof ZValuesVersion>;

export const ZAgreementFilter = z.object({ status: z.enum(AGREEMENT_STATUSES).optional().catch(undefined), overdue: z.enum(["1"]).optional().catch(undefined) });
