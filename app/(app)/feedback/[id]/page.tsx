import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { FeedbackThread } from "@/components/feedback/feedback-thread";
import { ReplyForm } from "@/components/feedback/reply-form";
import { StatusActions } from "@/components/feedback/status-actions";
import { FeedbackStatusBadge } from "@/components/feedback/status-badge";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { requireCoordinatorPage } from "@/lib/auth/session";
import { AppError } from "@/lib/errors";
import { getT } from "@/lib/i18n/server";
import { getFeedbackThread } from "@/lib/server/feedback/queries";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getT();
  return { title: t("feedback.inboxTitle") };
}

export default async function FeedbackThreadPage({ params }: { params: Promise<{ id: string }> }) {
  await requireCoordinatorPage();
  const { id } = await params;
  const thread = await getFeedbackThread({ id: id.slice(0, 64), scope: { kind: "coordinator" } }).catch((err) => {
    if (err instanceof AppError && err.code === "NOT_FOUND") notFound();
    throw err;
  });
  const { t, locale } = await getT();
  return (
    <div className="mx-auto max-w-4xl space-y-4">
      <Link href="/feedback" className="text-sm text-brand-700 hover:underline">← {t("feedback.back")}</Link>
      <div>
        <h1 className="text-2xl font-semibold">{thread.title}</h1>
        <div className="mt-1 flex flex-wrap items-center gap-2 text-sm text-slate-600">
          <FeedbackStatusBadge status={thread.status} label={t(`feedback.status.${thread.status}`)} />
          <Badge tone={thread.kind === "PROBLEM" ? "red" : "neutral"}>{t(`feedback.kind.${thread.kind}`)}</Badge>
          <Link href={`/partners/${thread.partner.id}`} className="text-brand-700 hover:underline">{thread.partner.name}</Link>
          <span>{t("feedback.created", { date: thread.createdAt.toLocaleDateString(locale === "de" ? "de-DE" : "en-GB", { timeZone: "Europe/Berlin" }) })}</span>
        </div>
      </div>
      <Card title={t("feedback.statusLabel")}>
        <StatusActions feedbackId={thread.id} status={thread.status} />
      </Card>
      <Card title={t("feedback.thread")}>
        <FeedbackThread thread={thread} />
      </Card>
      <Card title={t("feedback.reply")}>
        <ReplyForm key={thread.status} feedbackId={thread.id} side="coordinator" status={thread.status} />
      </Card>
    </div>
  );
}
