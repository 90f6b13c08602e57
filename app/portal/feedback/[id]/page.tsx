import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { FeedbackThread } from "@/components/feedback/feedback-thread";
import { ReplyForm } from "@/components/feedback/reply-form";
import { FeedbackStatusBadge } from "@/components/feedback/status-badge";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { requirePartnerPage } from "@/lib/auth/session";
import { AppError } from "@/lib/errors";
import { getT } from "@/lib/i18n/server";
import { getFeedbackThread } from "@/lib/server/feedback/queries";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getT();
  return { title: t("feedback.portalTitle") };
}

export default async function PortalFeedbackThreadPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<{ neu?: string }> }) {
  const actor = await requirePartnerPage();
  const { id } = await params;
  // Scoped by the caller's partner: another partner's thread does not exist for them.
  const thread = await getFeedbackThread({ id: id.slice(0, 64), scope: { kind: "partner", partnerId: actor.partnerId } }).catch((err) => {
    if (err instanceof AppError && err.code === "NOT_FOUND") notFound();
    throw err;
  });
  const [{ t, locale }, { neu }] = await Promise.all([getT(), searchParams]);
  return (
    <>
      <Link href="/portal/feedback" className="text-sm text-brand-700 hover:underline">← {t("feedback.back")}</Link>
      {neu && (
        <p role="status" className="rounded bg-brand-50 p-2 text-sm text-brand-800">{t("feedback.sent")}</p>
      )}
      <div>
        <h1 className="text-2xl font-semibold">{thread.title}</h1>
        <div className="mt-1 flex flex-wrap items-center gap-2 text-sm text-slate-600">
          <FeedbackStatusBadge status={thread.status} label={t(`feedback.status.${thread.status}`)} />
          <Badge tone={thread.kind === "PROBLEM" ? "red" : "neutral"}>{t(`feedback.kind.${thread.kind}`)}</Badge>
          <span>{t("feedback.created", { date: thread.createdAt.toLocaleDateString(locale === "de" ? "de-DE" : "en-GB", { timeZone: "Europe/Berlin" }) })}</span>
        </div>
      </div>
      <Card title={t("feedback.thread")}>
        <FeedbackThread thread={thread} />
      </Card>
      <Card title={t("feedback.reply")}>
        <ReplyForm feedbackId={thread.id} side="partner" status={thread.status} />
      </Card>
    </>
  );
}
