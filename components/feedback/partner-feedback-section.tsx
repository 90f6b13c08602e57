import { Card } from "@/components/ui/card";
import { getT } from "@/lib/i18n/server";
import { listFeedbackOfPartner } from "@/lib/server/feedback/queries";
import { FeedbackList } from "./feedback-list";

/** The partner page's feedback card (coordinators only; the page has checked the role). */
export async function PartnerFeedbackSection({ partnerId }: { partnerId: string }) {
  const [{ t }, items] = await Promise.all([getT(), listFeedbackOfPartner(partnerId, 20)]);
  return (
    <Card title={t("feedback.partnerSection")}>
      <FeedbackList items={items} hrefBase="/feedback" showPartner={false} empty={t("feedback.partnerSectionEmpty")} />
    </Card>
  );
}
