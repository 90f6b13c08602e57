import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import { getT } from "@/lib/i18n/server";
import type { TFeedbackListItem } from "@/lib/server/feedback/queries";
import { FeedbackStatusBadge } from "./status-badge";

/** Threads as a list; `hrefBase` is /portal/feedback or /feedback. */
export async function FeedbackList({ items, hrefBase, showPartner, empty }: { items: TFeedbackListItem[]; hrefBase: string; showPartner: boolean; empty: string }) {
  const { t, locale } = await getT();
  const date = (d: Date) => d.toLocaleString(locale === "de" ? "de-DE" : "en-GB", { timeZone: "Europe/Berlin", dateStyle: "medium", timeStyle: "short" });
  if (items.length === 0) return <p className="text-sm text-slate-600">{empty}</p>;
  return (
    <ul className="divide-y divide-slate-100" data-testid="feedback-list">
      {items.map((f) => (
        <li key={f.id} className="flex flex-wrap items-center gap-x-3 gap-y-1 py-2.5 text-sm" data-testid="feedback-item">
          <FeedbackStatusBadge status={f.status} label={t(`feedback.status.${f.status}`)} />
          <Badge tone={f.kind === "PROBLEM" ? "red" : "neutral"}>{t(`feedback.kind.${f.kind}`)}</Badge>
          <Link href={`${hrefBase}/${f.id}`} className="font-medium text-brand-700 hover:underline">
            {f.title}
          </Link>
          {showPartner && <span className="text-slate-600">{f.partner.name}</span>}
          <span className="ml-auto text-xs text-slate-500">
            {t("feedback.messageCount", { count: f._count.messages })} · {date(f.updatedAt)}
          </span>
        </li>
      ))}
    </ul>
  );
}
