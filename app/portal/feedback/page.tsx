import type { Metadata } from "next";
import { FeedbackForm } from "@/components/feedback/feedback-form";
import { FeedbackList } from "@/components/feedback/feedback-list";
import { Card } from "@/components/ui/card";
import { requirePartnerPage } from "@/lib/auth/session";
import { getT } from "@/lib/i18n/server";
import { listFeedbackOfPartner } from "@/lib/server/feedback/queries";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getT();
  return { title: t("feedback.portalTitle") };
}

export default async function PortalFeedbackPage() {
  const actor = await requirePartnerPage();
  const [{ t }, items] = await Promise.all([getT(), listFeedbackOfPartner(actor.partnerId)]);
  return (
    <>
      <h1 className="text-2xl font-semibold">{t("feedback.portalTitle")}</h1>
      <p className="text-sm text-slate-700">{t("feedback.portalIntro")}</p>
      <Card title={t("feedback.new")}>
        <FeedbackForm />
      </Card>
      <Card title={t("feedback.title")}>
        <FeedbackList items={items} hrefBase="/portal/feedback" showPartner={false} empty={t("feedback.emptyPortal")} />
      </Card>
    </>
  );
}
