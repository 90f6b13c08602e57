import type { Metadata } from "next";
import Link from "next/link";
import { FeedbackList } from "@/components/feedback/feedback-list";
import { buttonClass } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { Select } from "@/components/ui/input";
import { requireCoordinatorPage } from "@/lib/auth/session";
import { getT } from "@/lib/i18n/server";
import { listFeedbackInbox } from "@/lib/server/feedback/queries";
import { FEEDBACK_STATUSES, ZFeedbackFilter } from "@/lib/validations/feedback";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getT();
  return { title: t("feedback.inboxTitle") };
}

const FILTERS = ["UNRESOLVED", ...FEEDBACK_STATUSES, "ALL"] as const;

export default async function FeedbackInboxPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  await requireCoordinatorPage();
  const raw = await searchParams;
  const filter = ZFeedbackFilter.parse({ status: raw.status, page: raw.page });
  const [{ t }, inbox] = await Promise.all([getT(), listFeedbackInbox(filter)]);
  const page = Math.min(filter.page, inbox.pages);
  const href = (p: number) => `/feedback?status=${filter.status}&page=${p}`;
  const label = (f: (typeof FILTERS)[number]) => (f === "UNRESOLVED" || f === "ALL" ? t(`feedback.filter.${f}`) : t(`feedback.status.${f}`));
  return (
    <div className="mx-auto max-w-5xl space-y-4">
      <h1 className="text-2xl font-semibold">{t("feedback.inboxTitle")}</h1>
      <form method="get" action="/feedback" className="flex flex-wrap items-end gap-2">
        <div>
          <label htmlFor="feedback-status" className="mb-1 block text-sm font-medium text-slate-700">{t("feedback.filter.label")}</label>
          <Select id="feedback-status" name="status" defaultValue={filter.status} className="w-56">
            {FILTERS.map((f) => (
              <option key={f} value={f}>{label(f)}</option>
            ))}
          </Select>
        </div>
        <button type="submit" className={buttonClass("secondary")}>{t("feedback.filter.apply")}</button>
      </form>
      <Card title={`${label(filter.status)} · ${t("common.resultCount", { count: inbox.total })}`}>
        <FeedbackList items={inbox.items} hrefBase="/feedback" showPartner empty={t("feedback.empty")} />
      </Card>
      {inbox.pages > 1 && (
        <nav aria-label={t("common.pageOf", { page, pages: inbox.pages })} className="flex items-center justify-between text-sm">
          <span className="text-slate-600">{t("common.pageOf", { page, pages: inbox.pages })}</span>
          <div className="flex gap-2">
            {page > 1 && <Link className={buttonClass("secondary", "sm")} href={href(page - 1)} rel="prev">{t("common.previous")}</Link>}
            {page < inbox.pages && <Link className={buttonClass("secondary", "sm")} href={href(page + 1)} rel="next">{t("common.next")}</Link>}
          </div>
        </nav>
      )}
    </div>
  );
}
