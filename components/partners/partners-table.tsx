"use client";
import { columnVisibilityFeature, createColumnHelper, tableFeatures, useTable, type ColumnVisibilityState } from "@tanstack/react-table";
import Link from "next/link";
import { DropdownMenu } from "radix-ui";
import { useEffect, useMemo, useState } from "react";
import { Badge } from "@/components/ui/badge";
import { buttonClass } from "@/components/ui/button";
import { useT } from "@/lib/i18n/client";
import type { TPartnerListQuery } from "@/lib/validations/partner";
import { SORT_FIELDS } from "@/lib/validations/partner";
import { listHref } from "./list-url";
import { cn } from "@/components/ui/cn";
import type { TNextTask } from "@/lib/server/tasks/queries";
import { BulkOwnerForm } from "./bulk-owner-form";

export type TPartnerTableRow = {
  id: string;
  name: string;
  kind: string;
  stage: string;
  circle: string;
  /** Labels, resolved on the server. */
  fieldsOfWork: string[];
  city: string | null;
  email: string | null;
  phone: string | null;
  archived: boolean;
  updatedAt: Date;
  primaryContact: string | null;
  version: number;
  ownerId: string | null;
  ownerName: string | null;
  nextTask: TNextTask | null;
  noNextStep: boolean;
};

const features = tableFeatures({ columnVisibilityFeature });
const col = createColumnHelper<typeof features, TPartnerTableRow>();
const STORAGE_KEY = "partners.columns";
const DEFAULT_HIDDEN: ColumnVisibilityState = { kind: false, phone: false, updatedAt: false };

export function PartnersTable({ rows, query, owners }: { rows: TPartnerTableRow[]; query: TPartnerListQuery; owners: { id: string; name: string }[] }) {
  const { t, locale } = useT();
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const selectable = rows.filter((r) => !r.archived);
  const allSelected = selectable.length > 0 && selectable.every((r) => selected.has(r.id));
  const toggle = (id: string, on: boolean) =>
    setSelected((prev) => {
      const next = new Set(prev);
      if (on) next.add(id);
      else next.delete(id);
      return next;
    });
  const [columnVisibility, setColumnVisibility] = useState<ColumnVisibilityState>(DEFAULT_HIDDEN);
  useEffect(() => {
    const saved = window.localStorage.getItem(STORAGE_KEY);
    // eslint-disable-next-line react-hooks/set-state-in-effect -- restoring a client-only preference after hydration
    if (saved) setColumnVisibility(JSON.parse(saved) as ColumnVisibilityState);
  }, []);

  const columns = useMemo(
    () => col.columns([
      col.accessor("name", {
        header: t("partners.col.name"),
        cell: (info) => (
          <span className="flex items-center gap-2">
            <Link href={`/partners/${info.row.original.id}`} className="font-medium text-brand-700 hover:underline">
              {info.getValue()}
            </Link>
            {info.row.original.archived && <Badge tone="red">{t("partners.archivedBadge")}</Badge>}
          </span>
        ),
      }),
      col.accessor("kind", { header: t("partners.col.kind"), cell: (i) => t(`kinds.${i.getValue()}`) }),
      col.accessor("stage", { header: t("partners.col.stage"), cell: (i) => <Badge tone="blue">{t(`stages.${i.getValue()}`)}</Badge> }),
      col.accessor("circle", {
        header: t("partners.col.circle"),
        cell: (i) => <Badge tone={i.getValue() === "CORE" ? "brand" : "neutral"}>{t(`circles.${i.getValue()}`)}</Badge>,
      }),
      col.accessor("fieldsOfWork", {
        header: t("partners.col.fieldsOfWork"),
        cell: (i) => i.getValue().join(", "),
      }),
      col.accessor("ownerName", { header: t("owners.label"), cell: (i) => i.getValue() ?? t("owners.none") }),
      col.accessor("nextTask", {
        header: t("tasks.nextStep"),
        cell: (i) => {
          const task = i.getValue();
          if (!task) return i.row.original.noNextStep ? <Badge tone="amber">{t("tasks.noNextStep")}</Badge> : t("common.none");
          const [y, m, d] = task.dueDate.split("-");
          const date = locale === "de" ? `${d}.${m}.${y}` : `${d}/${m}/${y}`;
          return (
            <span className={cn(task.overdue && "font-semibold text-red-800")}>
              {task.kind === "MANUAL" ? task.title : t(`tasks.auto.${task.kind}`)} · {date}
              {task.overdue && ` · ${t("tasks.overdue")}`}
            </span>
          );
        },
      }),
      col.accessor("primaryContact", { header: t("partners.col.primaryContact"), cell: (i) => i.getValue() ?? t("common.none") }),
      col.accessor("city", { header: t("partners.col.city"), cell: (i) => i.getValue() ?? t("common.none") }),
      col.accessor("email", { header: t("partners.col.email"), cell: (i) => i.getValue() ?? t("common.none") }),
      col.accessor("phone", { header: t("partners.col.phone"), cell: (i) => i.getValue() ?? t("common.none") }),
      col.accessor("updatedAt", {
        header: t("partners.col.updatedAt"),
        cell: (i) => new Date(i.getValue()).toLocaleDateString(locale === "de" ? "de-DE" : "en-GB"),
      }),
    ]),
    [t, locale],
  );

  const table = useTable({
    features,
    columns,
    data: rows,
    state: { columnVisibility },
    onColumnVisibilityChange: (updater) => {
      setColumnVisibility((prev) => {
        const next = typeof updater === "function" ? updater(prev) : updater;
        window.localStorage.setItem(STORAGE_KEY, JSON.stringify(next));
        return next;
      });
    },
    getRowId: (row) => row.id,
  });

  return (
    <div>
      <div className="mb-2 flex flex-wrap items-end justify-between gap-2">
        <BulkOwnerForm ids={[...selected]} owners={owners} onDone={() => setSelected(new Set())} />
        <DropdownMenu.Root>
          <DropdownMenu.Trigger className={buttonClass("secondary", "sm")}>{t("partners.columns")}</DropdownMenu.Trigger>
          <DropdownMenu.Portal>
            <DropdownMenu.Content align="end" className="z-30 min-w-48 rounded-md border border-slate-200 bg-white p-1 shadow-lg">
              {table.getAllLeafColumns().map((column) => (
                <DropdownMenu.CheckboxItem
                  key={column.id}
                  checked={column.getIsVisible()}
                  disabled={column.id === "name"}
                  onCheckedChange={(v) => column.toggleVisibility(Boolean(v))}
                  onSelect={(e) => e.preventDefault()}
                  className="flex cursor-default items-center gap-2 rounded px-2 py-1.5 text-sm outline-none data-[highlighted]:bg-slate-100 data-[disabled]:opacity-50"
                >
                  <span aria-hidden className="w-4">{column.getIsVisible() ? "✓" : ""}</span>
                  {String(column.columnDef.header)}
                </DropdownMenu.CheckboxItem>
              ))}
            </DropdownMenu.Content>
          </DropdownMenu.Portal>
        </DropdownMenu.Root>
      </div>
      <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
        <table className="min-w-full text-sm" data-testid="partners-table">
          <thead className="bg-slate-50 text-left text-xs uppercase tracking-wide text-slate-600">
            {table.getHeaderGroups().map((group) => (
              <tr key={group.id}>
                <th scope="col" className="w-8 px-3 py-2">
                  <input
                    type="checkbox"
                    className="size-4 accent-brand-600"
                    aria-label={t("owners.selectAll")}
                    checked={allSelected}
                    onChange={(e) => setSelected(e.target.checked ? new Set(selectable.map((r) => r.id)) : new Set())}
                  />
                </th>
                {group.headers.map((header) => (
                  <th key={header.id} scope="col" className="px-3 py-2 font-medium" aria-sort={ariaSort(query, header.column.id)}>
                    <SortableHeader query={query} id={header.column.id} label={String(header.column.columnDef.header)} />
                  </th>
                ))}
              </tr>
            ))}
          </thead>
          <tbody className="divide-y divide-slate-100">
            {table.getRowModel().rows.map((row) => (
              <tr key={row.id} className="hover:bg-slate-50">
                <td className="px-3 py-2 align-top">
                  {!row.original.archived && (
                    <input
                      type="checkbox"
                      className="size-4 accent-brand-600"
                      aria-label={t("owners.select", { name: row.original.name })}
                      checked={selected.has(row.id)}
                      onChange={(e) => toggle(row.id, e.target.checked)}
                    />
                  )}
                </td>
                {row.getVisibleCells().map((cell) => (
                  <td key={cell.id} className="px-3 py-2 align-top">
                    <table.FlexRender cell={cell} />
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}

const isSortable = (id: string): id is TPartnerListQuery["sort"] => (SORT_FIELDS as readonly string[]).includes(id);

function ariaSort(query: TPartnerListQuery, id: string) {
  if (query.sort !== id) return undefined;
  return query.dir === "asc" ? "ascending" : "descending";
}

function SortableHeader({ query, id, label }: { query: TPartnerListQuery; id: string; label: string }) {
  const { t } = useT();
  if (!isSortable(id)) return <>{label}</>;
  const active = query.sort === id;
  const dir = active && query.dir === "asc" ? "desc" : "asc";
  return (
    <Link href={listHref("/partners", query, { sort: id, dir, page: 1 })} className="inline-flex items-center gap-1 hover:text-slate-900" title={t("partners.sortBy", { column: label })}>
      {label}
      <span aria-hidden>{active ? (query.dir === "asc" ? "▲" : "▼") : "↕"}</span>
    </Link>
  );
}
