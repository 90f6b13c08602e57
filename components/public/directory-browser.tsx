"use client";
import { useState, useSyncExternalStore } from "react";
import { Button } from "@/components/ui/button";
import { useT } from "@/lib/i18n/client";
import type { TPublicPartner } from "@/lib/server/public/directory";
import { PartnerCard } from "./partner-card";

const PAGE = 48;
const CHANGE = "directory-query";

// The URL (?q=…&feld=…) is the state, so a filtered view can be bookmarked and
// shared. It is read on the client only: the page itself is static HTML.
const subscribe = (cb: () => void) => {
  window.addEventListener("popstate", cb);
  window.addEventListener(CHANGE, cb);
  return () => {
    window.removeEventListener("popstate", cb);
    window.removeEventListener(CHANGE, cb);
  };
};
const useSearch = () => useSyncExternalStore(subscribe, () => window.location.search, () => "");

function setQuery(key: string, value: string) {
  const params = new URLSearchParams(window.location.search);
  if (value) params.set(key, value);
  else params.delete(key);
  const qs = params.toString();
  window.history.replaceState(window.history.state, "", `${window.location.pathname}${qs ? `?${qs}` : ""}`);
  window.dispatchEvent(new Event(CHANGE));
}

/** Case-, accent- and ß-insensitive, like the German sort key. */
const fold = (s: string) => s.toLocaleLowerCase("de").replace(/ß/g, "ss").normalize("NFD").replace(/[\u0300-\u036f]/g, "");

export function DirectoryBrowser({ partners, fields }: { partners: TPublicPartner[]; fields: readonly { id: string; label: string }[] }) {
  const { t } = useT();
  const params = new URLSearchParams(useSearch());
  const q = params.get("q") ?? "";
  const field = fields.some((f) => f.id === params.get("feld")) ? params.get("feld")! : "";
  const [limit, setLimit] = useState(PAGE);
  const words = fold(q).split(/\s+/).filter(Boolean);
  const matches = partners.filter((p) => {
    if (field && !p.fieldsOfWork.some((f) => f.id === field)) return false;
    if (!words.length) return true;
    const text = fold([p.name, ...p.description, p.contact?.name ?? "", ...p.fieldsOfWork.map((f) => f.label)].join(" "));
    return words.every((w) => text.includes(w));
  });
  const update = (key: string, value: string) => {
    setLimit(PAGE);
    setQuery(key, value);
  };
  if (partners.length === 0) return <p className="text-slate-700">{t("public.directory.noneYet")}</p>;
  return (
    <div className="space-y-6">
      <form role="search" className="flex flex-wrap items-end gap-4" onSubmit={(e) => e.preventDefault()} action="/partner" method="get">
        <div className="min-w-56 flex-1">
          <label htmlFor="directory-q" className="mb-1 block text-sm font-medium text-slate-700">{t("public.directory.search")}</label>
          <input
            id="directory-q"
            name="q"
            type="search"
            value={q}
            onChange={(e) => update("q", e.target.value)}
            placeholder={t("public.directory.searchPlaceholder")}
            className="block h-10 w-full rounded-md border border-slate-400 bg-white px-3 text-base focus:border-brand-600 focus:outline-none focus:ring-2 focus:ring-brand-600/30"
          />
        </div>
        <div>
          <label htmlFor="directory-field" className="mb-1 block text-sm font-medium text-slate-700">{t("public.directory.field")}</label>
          <select
            id="directory-field"
            name="feld"
            value={field}
            onChange={(e) => update("feld", e.target.value)}
            className="block h-10 rounded-md border border-slate-400 bg-white px-3 pr-8 text-base focus:border-brand-600 focus:outline-none focus:ring-2 focus:ring-brand-600/30"
          >
            <option value="">{t("public.directory.allFields")}</option>
            {fields.map((f) => (
              <option key={f.id} value={f.id}>{f.label}</option>
            ))}
          </select>
        </div>
        {(q || field) && (
          <Button
            variant="secondary"
            className="h-10"
            onClick={() => {
              setLimit(PAGE);
              window.history.replaceState(window.history.state, "", window.location.pathname);
              window.dispatchEvent(new Event(CHANGE));
            }}
          >
            {t("public.directory.reset")}
          </Button>
        )}
      </form>
      <p role="status" className="text-sm text-slate-700" data-testid="directory-count">
        {t("public.directory.count", { count: matches.length })}
      </p>
      {matches.length === 0 ? (
        <p className="text-slate-700">{t("public.directory.empty")}</p>
      ) : (
        <ul className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3" data-testid="directory-list">
          {matches.slice(0, limit).map((p) => (
            <PartnerCard key={p.id} partner={p} />
          ))}
        </ul>
      )}
      {matches.length > limit && (
        <Button variant="secondary" onClick={() => setLimit((n) => n + PAGE)}>
          {t("public.directory.showMore")}
        </Button>
      )}
    </div>
  );
}
