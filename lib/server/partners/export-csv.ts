import "server-only";
import type { TLocale, TTranslate } from "@/lib/i18n/translate";
import { fieldLabels } from "@/lib/server/fields-of-work/queries";
import type { TPartnerListQuery } from "@/lib/validations/partner";
import { iteratePartners, type TPartnerRow } from "./list-partners";

const BOM = "\uFEFF";

export function csvCell(value: unknown): string {
  const s = value == null ? "" : String(value);
  // Neutralise spreadsheet formulas (CSV injection) and quote everything that needs it.
  const safe = /^[=+\-@\t\r]/.test(s) ? `'${s}` : s;
  return /[";\n\r]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

const COLUMNS: { key: string; value: (r: TPartnerRow, t: TTranslate, fields: Map<string, string>) => unknown }[] = [
  { key: "name", value: (r) => r.name },
  { key: "kind", value: (r, t) => t(`kinds.${r.kind}`) },
  { key: "stage", value: (r, t) => t(`stages.${r.stage}`) },
  { key: "circle", value: (r, t) => t(`circles.${r.circle}`) },
  { key: "fieldsOfWork", value: (r, _t, fields) => r.fieldsOfWork.map((f) => fields.get(f.fieldOfWorkId) ?? f.fieldOfWorkId).join(", ") },
  { key: "city", value: (r) => r.city },
  { key: "email", value: (r) => r.email },
  { key: "phone", value: (r) => r.phone },
  { key: "primaryContact", value: (r) => r.contacts[0]?.name },
  { key: "archived", value: (r, t) => (r.archived ? t("common.yes") : t("common.no")) },
];

/** Semicolon-separated (what German Excel expects), UTF-8 with BOM. */
export async function exportPartnersCsv(q: TPartnerListQuery, t: TTranslate, locale: TLocale = "de"): Promise<string> {
  const fields = await fieldLabels(locale);
  const lines = [COLUMNS.map((c) => csvCell(t(`partners.col.${c.key}`))).join(";")];
  for await (const row of iteratePartners(q)) lines.push(COLUMNS.map((c) => csvCell(c.value(row, t, fields))).join(";"));
  return BOM + lines.join("\r\n") + "\r\n";
}
