// Fields of work live in the FieldOfWork table (coordinators extend them at
// /settings/fields-of-work); their ids are public (feed, widget `data-field`).
// This module keeps the fixed enums of the partner model.

/** The shape of a field-of-work id: stable, upper case, published in the feed. */
export const FIELD_OF_WORK_ID = /^[A-Z][A-Z0-9_]{1,39}$/;
/** A partner can have at most this many fields of work. */
export const MAX_FIELDS_PER_PARTNER = 30;

export type TFieldOfWorkOption = { id: string; label: string; active: boolean };

/** A suggested id for a new field from its German label: "Lesen & Schreiben" → "LESEN_SCHREIBEN". */
export function fieldIdFromLabel(label: string): string {
  const folded = label
    .replace(/ß/g, "ss")
    .replace(/[Ää]/g, "AE")
    .replace(/[Öö]/g, "OE")
    .replace(/[Üü]/g, "UE")
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toUpperCase()
    .replace(/[^A-Z0-9]+/g, "_")
    .replace(/^[^A-Z]+|_+$/g, "");
  return folded.slice(0, 40).replace(/_+$/, "");
}

export const STAGES = ["CONTACTED", "MET", "AGREEMENT_SIGNED", "PUBLISHED"] as const;
export type TStage = (typeof STAGES)[number];
export const CIRCLES = ["CORE", "EXTENDED"] as const;
export const PARTNER_KINDS = ["ORGANISATION", "PERSON"] as const;
export const ACTIVITY_KINDS = ["EMAIL", "CALL", "MEETING", "PLENARY", "NOTE"] as const;
export const AGREEMENT_STATUSES = ["DRAFT", "SENT", "SIGNED_BY_PARTNER", "ACTIVE", "DECLINED", "REVOKED", "SUPERSEDED"] as const;
