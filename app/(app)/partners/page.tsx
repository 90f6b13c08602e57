import Link from "next/link";
import { buttonClass } from "@/components/ui/button";
import { PartnerFilters } from "@/components/partners/partner-filters";
import { PartnersTable } from "@/components/partners/partners-table";
import { Pagination } from "@/components/partners/pagination";
import { requireCoordinatorPage } from "@/lib/auth/session";
import { getT } from "@/lib/i18n/server";
import { fieldOptions } from "@/lib/server/fields-of-work/queries";
import { listPartners } from "@/lib/server/partners/list-partners";
import { parseListQuery } from "@/lib/validations/partner";
import { defaultOwnerFilter } from "@/lib/server/owners/default-owner-filter";
import { nextTasksFor, OPEN_STAGES } from "@/lib/server/tasks/queries";
import { listCoordinators } from "@/lib/server/users/list-coordinators";

export const metadata = { title: "Partner" };

export default async function PartnersPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const actor = await requireCoordinatorPage();
  const params = await searchParams;
  const query = parseListQuery(params);
  query.owner = await defaultOwnerFilter(actor.id, params, query.owner);
  const { t, locale } = await getT();
  const [{ rows, total, pages }, fields, owners] = await Promise.all([listPartners(query), fieldOptions(locale, { all: true }), listCoordinators()]);
  const labels = new Map(fields.map((f) => [f.id, f.label]));
  const nextTasks = await nextTasksFor(rows.map((r) => r.id));
  return (
    <div className="space-y-4">
      <div className="flex items-center justify-between">
        <h1 className="text-2xl font-semibold">{t("partners.title")}</h1>
        <Link href="/partners/new" className={buttonClass("primary")}>
          {t("partners.new")}
        </Link>
      </div>
      <PartnerFilters query={query} fields={fields} owners={owners} meId={actor.id} />
      <p className="text-sm text-slate-600" aria-live="polite" data-testid="result-count">
        {t("common.resultCount", { count: total })}
      </p>
      {rows.length === 0 ? (
        <div className="rounded-lg border border-dashed border-slate-300 bg-white p-10 text-center">
          <p className="font-medium">{t("partners.empty")}</p>
          <p className="mt-1 text-sm text-slate-600">{t("partners.emptyHint")}</p>
        </div>
      ) : (
        <PartnersTable
          query={query}
          owners={owners}
          rows={rows.map(({ contacts, owner, fieldsOfWork, ...r }) => ({
            ...r,
            fieldsOfWork: fieldsOfWork.map((f) => labels.get(f.fieldOfWorkId) ?? f.fieldOfWorkId),
            primaryContact: contacts[0]?.name ?? null,
            ownerName: owner?.name ?? null,
            nextTask: nextTasks.get(r.id) ?? null,
            noNextStep: !r.archived && (OPEN_STAGES as readonly string[]).includes(r.stage) && !nextTasks.has(r.id),
          }))}
        />
      )}
      <Pagination query={query} pages={pages} />
    </div>
  );
}
