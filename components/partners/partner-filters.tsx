"use client";
import { useRouter } from "next/navigation";
import { useRef } from "react";
import { Button, buttonClass } from "@/components/ui/button";
import { Input, Select } from "@/components/ui/input";
import { CIRCLES, STAGES, type TFieldOfWorkOption } from "@/lib/domain/fields-of-work";
import { useT } from "@/lib/i18n/client";
import type { TPartnerListQuery } from "@/lib/validations/partner";
import { listHref } from "./list-url";

/** A GET form: works without JavaScript, and submits on every filter change with it. */
export function PartnerFilters({ query, fields, owners, meId }: { query: TPartnerListQuery; fields: TFieldOfWorkOption[]; owners: { id: string; name: string }[]; meId: string }) {
  const { t } = useT();
  const router = useRouter();
  const formRef = useRef<HTMLFormElement>(null);

  function apply() {
    const form = new FormData(formRef.current!);
    const patch = Object.fromEntries([...form.entries()].map(([k, v]) => [k, String(v) || undefined]));
    router.push(listHref("/partners", { ...query, page: 1 }, { ...patch, q: String(form.get("q") ?? ""), page: 1 } as Partial<TPartnerListQuery>));
  }

  return (
    <form
      ref={formRef}
      role="search"
      action="/partners"
      onSubmit={(e) => {
        e.preventDefault();
        apply();
      }}
      className="flex flex-wrap items-end gap-2"
    >
      <label className="min-w-56 flex-1">
        <span className="mb-1 block text-xs font-medium text-slate-600">{t("common.search")}</span>
        <Input name="q" type="search" defaultValue={query.q} placeholder={t("partners.searchPlaceholder")} />
      </label>
      <FilterSelect name="stage" label={t("partners.filterStage")} value={query.stage} onChange={apply}
        options={STAGES.map((s) => [s, t(`stages.${s}`)])} allLabel={t("common.all")} />
      <FilterSelect name="circle" label={t("partners.filterCircle")} value={query.circle} onChange={apply}
        options={CIRCLES.map((c) => [c, t(`circles.${c}`)])} allLabel={t("common.all")} />
      <FilterSelect name="field" label={t("partners.filterField")} value={query.field} onChange={apply}
        options={fields.map((f) => [f.id, f.active ? f.label : t("settings.fieldsOfWork.inactiveOption", { label: f.label })])} allLabel={t("common.all")} />
      <FilterSelect name="archived" label={t("partners.filterArchived")} value={query.archived} onChange={apply}
        options={[["active", t("partners.archivedActive")], ["archived", t("partners.archivedOnly")], ["all", t("partners.archivedAll")]]} />
      <FilterSelect name="owner" label={t("owners.label")} value={query.owner ?? "all"} onChange={apply}
        options={[["all", t("owners.all")], [meId, t("owners.mine")], ...owners.filter((o) => o.id !== meId).map((o) => [o.id, o.name])]} />
      <label className="flex h-9 items-center gap-2 text-sm">
        <input type="checkbox" name="next" value="none" defaultChecked={query.next === "none"} onChange={apply} className="size-4 accent-brand-600" />
        {t("board.filters.noNextStep")}
      </label>
      <input type="hidden" name="sort" value={query.sort} />
      <input type="hidden" name="dir" value={query.dir} />
      <Button type="submit" variant="secondary">{t("common.search")}</Button>
      <a className={buttonClass("ghost")} href={listHref("/api/partners/export", query, { page: 1 })} download>
        {t("partners.exportCsv")}
      </a>
    </form>
  );
}

function FilterSelect(props: { name: string; label: string; value?: string; options: string[][]; allLabel?: string; onChange: () => void }) {
  return (
    <label>
      <span className="mb-1 block text-xs font-medium text-slate-600">{props.label}</span>
      <Select name={props.name} defaultValue={props.value ?? ""} onChange={props.onChange} className="w-48">
        {props.allLabel && <option value="">{props.allLabel}</option>}
        {props.options.map(([value, label]) => (
          <option key={value} value={value}>{label}</option>
        ))}
      </Select>
    </label>
  );
}
