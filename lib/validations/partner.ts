import { z } from "zod";
import { CIRCLES, PARTNER_KINDS, STAGES } from "@/lib/domain/fields-of-work";
import { ZFieldOfWorkId, ZFieldOfWorkIds } from "./field-of-work";
import {
  noControlChars,
  ZId,
  ZOptionalEmail,
  ZOptionalPhone,
  ZOptionalPostalCode,
  ZOptionalUrl,
  ZVersion,
  optionalText,
  requiredText,
} from "./common";

export const ZPartnerInput = z.object({
  kind: z.enum(PARTNER_KINDS, { error: "validation.invalidOption" }),
  name: requiredText(200),
  fieldsOfWork: ZFieldOfWorkIds,
  circle: z.enum(CIRCLES, { error: "validation.invalidOption" }),
  street: optionalText(200),
  postalCode: ZOptionalPostalCode,
  city: optionalText(100),
  website: ZOptionalUrl,
  email: ZOptionalEmail,
  phone: ZOptionalPhone,
  notes: optionalText(5000),
});
export type TPartnerInput = z.infer<typeof ZPartnerInput>;

// The create form sends a key made when it opened, so a retried submit is recognised.
export const ZPartnerCreate = ZPartnerInput.extend({ requestId: z.uuid().optional() });

export const ZPartnerUpdate = ZPartnerInput.extend({ id: ZId, version: ZVersion });
export type TPartnerUpdate = z.infer<typeof ZPartnerUpdate>;

export const ZArchivePartner = z.object({ id: ZId, version: ZVersion, reason: requiredText(500).min(3, "validation.tooShort") });
export type TArchivePartner = z.infer<typeof ZArchivePartner>;

export const ZRestorePartner = z.object({ id: ZId, version: ZVersion, reason: optionalText(500) });
export type TRestorePartner = z.infer<typeof ZRestorePartner>;

export const SORT_FIELDS = ["name", "stage", "circle", "city", "updatedAt"] as const;

export const ZPartnerListQuery = z.object({
  q: z.string().trim().max(100).refine(noControlChars).catch(""),
  stage: z.enum(STAGES).optional().catch(undefined),
  circle: z.enum(CIRCLES).optional().catch(undefined),
  field: ZFieldOfWorkId.optional().catch(undefined),
  archived: z.enum(["active", "archived", "all"]).catch("active"),
  owner: ZId.optional().catch(undefined),
  // "none": partners in an open stage without an open task ("kein nächster Schritt").
  next: z.enum(["none"]).optional().catch(undefined),
  sort: z.enum(SORT_FIELDS).catch("name"),
  dir: z.enum(["asc", "desc"]).catch("asc"),
  page: z.coerce.number().int().min(1).max(100000).catch(1),
  pageSize: z.coerce.number().int().refine((n) => [10, 25, 50, 100].includes(n)).catch(25),
});
export type TPartnerListQuery = z.infer<typeof ZPartnerListQuery>;

export function parseListQuery(params: Record<string, string | string[] | undefined>): TPartnerListQuery {
  const flat = Object.fromEntries(Object.entries(params).map(([k, v]) => [k, Array.isArray(v) ? v[0] : v]));
  return ZPartnerListQuery.parse({ ...flat, q: flat.q ?? "" });
}
