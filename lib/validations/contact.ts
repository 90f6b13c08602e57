import { z } from "zod";
import { ZId, ZOptionalEmail, ZOptionalPhone, ZVersion, optionalText, requiredText } from "./common";

export const ZContactInput = z.object({
  partnerId: ZId,
  name: requiredText(120),
  function: optionalText(120),
  email: ZOptionalEmail,
  phone: ZOptionalPhone,
  isPrimary: z.boolean(),
  publicConsent: z.boolean(),
});
export type TContactInput = z.infer<typeof ZContactInput>;

export const ZContactUpdate = ZContactInput.extend({ id: ZId, version: ZVersion });
export type TContactUpdate = z.infer<typeof ZContactUpdate>;

export const ZSetPrimaryContact = z.object({ partnerId: ZId, contactId: ZId });
