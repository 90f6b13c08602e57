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

export const metadata = { title: "Partner" };

export default async function PartnersPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  await requireCoordinatorPage();
  const query = parseListQuery(await searchParams);
  const { t, locale } = await getT();
  const [{ rows, total, pages }, fields] = await Promise.all([listPartners(query), fieldOptions(locale, { all: true })]);
  const labels = new Map(fields.map((f) => [f.id, f.label]));
  return (
    <div className="space-y-4">
      <div className="flex items-center justify-between">
        <h1 className="text-2xl font-semibold">{t("partners.title")}</h1>
        <Link href="/partners/new" className={buttonClass("primary")}>
          {t("partners.new")}
        </Link>
      </div>
      <PartnerFilters query={query} fields={fields} />
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
          rows={rows.map(({ contacts, fieldsOfWork, ...r }) => ({
            ...r,
            fieldsOfWork: fieldsOfWork.map((f) => labels.get(f.fieldOfWorkId) ?? f.fieldOfWorkId),
            primaryContact: contacts[0]?.name ?? null,
          }))}
        />
      )}
      <Pagination query={query} pages={pages} />
    </div>
  );
}
