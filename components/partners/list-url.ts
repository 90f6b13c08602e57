import type { TPartnerListQuery } from "@/lib/validations/partner";

const DEFAULTS: Partial<Record<keyof TPartnerListQuery, string | number>> = {
  q: "",
  archived: "active",
  sort: "name",
  dir: "asc",
  page: 1,
  pageSize: 25,
};

/** Builds a query string for the partners list, leaving out defaults. */
export function listHref(base: string, query: TPartnerListQuery, patch: Partial<TPartnerListQuery> = {}) {
  const merged = { ...query, ...patch };
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(merged)) {
    if (value === undefined || value === "" || DEFAULTS[key as keyof TPartnerListQuery] === value) continue;
    params.set(key, String(value));
  }
  const s = params.toString();
  return s ? `${base}?${s}` : base;
}
