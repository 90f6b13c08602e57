import "server-only";
import { cache } from "react";
import { prisma, type Db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { TFieldOfWorkOption } from "@/lib/domain/fields-of-work";
import type { TLocale } from "@/lib/i18n/translate";

export type TFieldOfWorkRow = { id: string; labelDe: string; labelEn: string; sortOrder: number; active: boolean; version: number };

const rowSelect = { id: true, labelDe: true, labelEn: true, sortOrder: true, active: true, version: true } as const;
const order = [{ sortOrder: "asc" as const }, { labelDe: "asc" as const }];

/** Every field of work, active and inactive, in display order (once per request). */
export const listFieldsOfWork = cache(async (): Promise<TFieldOfWorkRow[]> => prisma.fieldOfWork.findMany({ select: rowSelect, orderBy: order }));

export const fieldLabel = (f: { labelDe: string; labelEn: string }, locale: TLocale) => (locale === "en" ? f.labelEn : f.labelDe);

/**
 * Options for a form or a filter: the active fields, plus inactive ones that are
 * already chosen (`keep`), so editing a partner never silently drops a field.
 * `all` lists inactive fields too (filters over existing data).
 */
export async function fieldOptions(locale: TLocale, opts: { keep?: readonly string[]; all?: boolean } = {}): Promise<TFieldOfWorkOption[]> {
  const keep = new Set(opts.keep ?? []);
  return (await listFieldsOfWork())
    .filter((f) => f.active || opts.all || keep.has(f.id))
    .map((f) => ({ id: f.id, label: fieldLabel(f, locale), active: f.active }));
}

/** id → label, for rows that carry only ids (tables, exports). */
export async function fieldLabels(locale: TLocale): Promise<Map<string, string>> {
  return new Map((await listFieldsOfWork()).map((f) => [f.id, fieldLabel(f, locale)]));
}

/** The join rows of a partner in display order: `select` this and map with `fieldIdsOf`. */
export const partnerFieldsSelect = {
  select: { fieldOfWork: { select: { id: true, labelDe: true, labelEn: true, active: true } } },
  orderBy: [{ fieldOfWork: { sortOrder: "asc" as const } }, { fieldOfWork: { labelDe: "asc" as const } }],
};
type TJoinRow = { fieldOfWork: { id: string; labelDe: string; labelEn: string; active: boolean } };
export const fieldIdsOf = (rows: TJoinRow[]) => rows.map((r) => r.fieldOfWork.id);
export const fieldNamesOf = (rows: TJoinRow[], locale: TLocale) => rows.map((r) => fieldLabel(r.fieldOfWork, locale));

/**
 * Checks chosen ids against the table: each must exist and be active, unless the
 * partner already had it (`previous`). Refuses with a message next to the field.
 */
export async function assertFieldsOfWork(db: Db, ids: readonly string[], previous: readonly string[] = []): Promise<string[]> {
  const unique = [...new Set(ids)];
  if (unique.length === 0) return [];
  const found = await db.fieldOfWork.findMany({ where: { id: { in: unique } }, select: { id: true, active: true } });
  const usable = new Set(found.filter((f) => f.active || previous.includes(f.id)).map((f) => f.id));
  const bad = ids.findIndex((id) => !usable.has(id));
  if (bad >= 0) throw new AppError("VALIDATION", "validation.invalidOption", { fieldErrors: { [`fieldsOfWork.${bad}`]: "validation.invalidOption" } });
  return unique;
}

/** The settings page: every field with the number of partners that have it. */
export async function listFieldsOfWorkWithUsage() {
  const [fields, usage] = await Promise.all([
    prisma.fieldOfWork.findMany({ select: rowSelect, orderBy: order }),
    prisma.partnerFieldOfWork.groupBy({ by: ["fieldOfWorkId"], _count: { _all: true } }),
  ]);
  const counts = new Map(usage.map((u) => [u.fieldOfWorkId, u._count._all]));
  return fields.map((f) => ({ ...f, partners: counts.get(f.id) ?? 0 }));
}
