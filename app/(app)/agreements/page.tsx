import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import { STATUS_TONE } from "@/components/agreements/agreements-card";
import { RemindButton } from "@/components/agreements/remind-button";
import { requireCoordinatorPage } from "@/lib/auth/session";
import { AGREEMENT_STATUSES } from "@/lib/domain/fields-of-work";
import { getT } from "@/lib/i18n/server";
import { listAgreements } from "@/lib/server/agreements/queries";
import { ZAgreementFilter } from "@/lib/validations/agreement";

export const metadata = { title: "Vereinbarungen" };

export default async function AgreementsPage({ searchParams }: { searchParams: Promise<Record<string, string | undefined>> }) {
  await requireCoordinatorPage();
  const filter = ZAgreementFilter.parse(await searchParams);
  const [{ t, locale }, agreements] = await Promise.all([getT(), listAgreements(filter)]);
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-semibold">{t("agreements.title")}</h1>
      <form action="/agreements" className="flex flex-wrap items-end gap-3" role="search">
        <label className="text-sm">
          <span className="mb-1 block text-xs font-medium text-slate-600">{t("agreements.filterStatus")}</span>
          <select name="status" defaultValue={filter.status ?? ""} className="h-9 rounded-md border border-slate-300 bg-white px-2 text-sm">
            <option value="">{t("common.all")}</option>
            {AGREEMENT_STATUSES.map((s) => <option key={s} value={s}>{t(`agreements.status.${s}`)}</option>)}
          </select>
        </label>
        <label className="flex h-9 items-center gap-2 text-sm">
          <input type="checkbox" name="overdue" value="1" defaultChecked={Boolean(filter.overdue)} className="size-4 accent-brand-600" />
          {t("agreements.filterOverdue")}
        </label>
        <button className="h-9 rounded-md border border-slate-300 bg-white px-3 text-sm">{t("common.search")}</button>
      </form>
      {agreements.length === 0 ? (
        <p className="rounded-lg border border-dashed border-slate-300 bg-white p-8 text-center text-sm text-slate-600">{t("agreements.empty")}</p>
      ) : (
        <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
          <table className="min-w-full text-sm" data-testid="agreements-table">
            <thead className="bg-slate-50 text-left text-xs uppercase text-slate-600">
              <tr>
                <th scope="col" className="px-3 py-2">{t("agreements.partner")}</th>
                <th scope="col" className="px-3 py-2">{t("agreements.filterStatus")}</th>
                <th scope="col" className="px-3 py-2">{t("agreements.updated")}</th>
                <th scope="col" className="px-3 py-2"><span className="sr-only">{t("admin.users.actions")}</span></th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {agreements.map((a) => {
                const overdue = a.overdue;
                return (
                  <tr key={a.id} className={overdue ? "bg-red-50" : undefined}>
                    <td className="px-3 py-2"><Link className="font-medium text-brand-700 hover:underline" href={`/partners/${a.partner.id}`}>{a.partner.name}</Link></td>
                    <td className="px-3 py-2">
                      <Badge tone={STATUS_TONE[a.status]}>{t(`agreements.status.${a.status}`)}</Badge>{" "}
                      {overdue && <span className="text-xs text-red-800">{t("agreements.waitingSince", { days: a.waitingDays })}</span>}
                    </td>
                    <td className="px-3 py-2 text-slate-600">{(a.activatedAt ?? a.sentAt ?? a.createdAt).toLocaleDateString(locale === "de" ? "de-DE" : "en-GB")}</td>
                    <td className="px-3 py-2 text-right">
                      {a.status === "SENT" && <RemindButton agreementId={a.id} />}{" "}
                      <Link href={`/agreements/${a.id}`} className="text-xs text-brand-700 hover:underline">{t("agreements.open")}</Link>
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}
