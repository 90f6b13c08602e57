// Fields of work a partner can have. Extendable: a new key needs a label in
// both message catalogues (partners.fieldsOfWork.<key>).
export const FIELDS_OF_WORK = [
  "COURSES",
  "COUNSELLING",
  "OUTREACH",
  "DIGITAL",
  "NUMERACY",
  "FAMILY",
  "WORK",
] as const;
export type TFieldOfWork = (typeof FIELDS_OF_WORK)[number];

export const STAGES = ["CONTACTED", "MET", "AGREEMENT_SIGNED", "PUBLISHED"] as const;
export type TStage = (typeof STAGES)[number];
export const CIRCLES = ["CORE", "EXTENDED"] as const;
export const PARTNER_KINDS = ["ORGANISATION", "PERSON"] as const;
export const ACTIVITY_KINDS = ["EMAIL", "CALL", "MEETING", "PLENARY", "NOTE"] as const;
export const AGREEMENT_STATUSES = ["DRAFT", "SENT", "SIGNED_BY_PARTNER", "ACTIVE", "DECLINED", "REVOKED", "SUPERSEDED"] as const;
