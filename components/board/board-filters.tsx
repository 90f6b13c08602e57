"use client";
import { useRouter } from "next/navigation";
import { useRef } from "react";
import { Button, buttonClass } from "@/components/ui/button";
import { Input, Select } from "@/components/ui/input";
import { CIRCLES, type TFieldOfWorkOption } from "@/lib/domain/fields-of-work";
import { useT } from "@/lib/i18n/client";
import type { TBoardFilters } from "@/lib/validations/board";

const STUCK_OPTIONS = [7, 14, 30, 60, 90];

/** Filters live in the URL, so a filtered board can be bookmarked and shared. */
export function BoardFilters({ filters, owners, fields, meId }: { filters: TBoardFilters; owners: { id: string; name: string }[]; fields: TFieldOfWorkOption[]; meId: string }) {
  const { t } = useT();
  const router = useRouter();
  const formRef = useRef<HTMLFormElement>(null);
  function apply() {
    const params = new URLSearchParams();
    for (const [k, v] of new FormData(formRef.current!).entries()) if (String(v)) params.set(k, String(v));
    router.push(params.size ? `/board?${params}` : "/board");
  }
  const select = "w-44";
  return (
    <form ref={formRef} role="search" action="/board" onSubmit={(e) => { e.preventDefault(); apply(); }} className="flex flex-wrap items-end gap-2">
      <label className="min-w-48 flex-1">
        <span className="mb-1 block text-xs font-medium text-slate-600">{t("board.filters.search")}</span>
        <Input type="search" name="q" defaultValue={filters.q} placeholder={t("partners.searchPlaceholder")} />
      </label>
      <label>
        <span className="mb-1 block text-xs font-medium text-slate-600">{t("board.filters.circle")}</span>
        <Select name="circle" defaultValue={filters.circle ?? ""} onChange={apply} className={select}>
          <option value="">{t("common.all")}</option>
          {CIRCLES.map((c) => <option key={c} value={c}>{t(`circles.${c}`)}</option>)}
        </Select>
      </label>
      <label>
        <span className="mb-1 block text-xs font-medium text-slate-600">{t("board.filters.field")}</span>
        <Select name="field" defaultValue={filters.field ?? ""} onChange={apply} className={select}>
          <option value="">{t("common.all")}</option>
          {fields.map((f) => <option key={f.id} value={f.id}>{f.active ? f.label : t("settings.fieldsOfWork.inactiveOption", { label: f.label })}</option>)}
        </Select>
      </label>
      <label>
        <span className="mb-1 block text-xs font-medium text-slate-600">{t("board.filters.owner")}</span>
        <Select name="owner" defaultValue={filters.owner ?? "all"} onChange={apply} className={select}>
          <option value="all">{t("owners.all")}</option>
          <option value={meId}>{t("owners.mine")}</option>
          {owners.filter((o) => o.id !== meId).map((o) => <option key={o.id} value={o.id}>{o.name}</option>)}
        </Select>
      </label>
      <label>
        <span className="mb-1 block text-xs font-medium text-slate-600">{t("board.filters.stuck")}</span>
        <Select name="stuck" defaultValue={filters.stuck ? String(filters.stuck) : ""} onChange={apply} className={select}>
          <option value="">{t("board.filters.stuckAny")}</option>
          {STUCK_OPTIONS.map((d) => <option key={d} value={d}>{t("board.filters.stuckDays", { days: d })}</option>)}
        </Select>
      </label>
      <label className="flex h-9 items-center gap-2 text-sm">
        <input type="checkbox" name="next" value="none" defaultChecked={filters.next === "none"} onChange={apply} className="size-4 accent-brand-600" />
        {t("board.filters.noNextStep")}
      </label>
      <label className="flex h-9 items-center gap-2 text-sm">
        <input type="checkbox" name="archived" value="1" defaultChecked={Boolean(filters.archived)} onChange={apply} className="size-4 accent-brand-600" />
        {t("board.showArchived")}
      </label>
      <Button type="submit" variant="secondary">{t("common.search")}</Button>
      <a href="/board" className={buttonClass("ghost")}>{t("board.filters.reset")}</a>
    </form>
  );
}
