import { ReviewPanel } from "@/components/reviews/review-panel";
import { requireCoordinatorPage } from "@/lib/auth/session";
import { getT } from "@/lib/i18n/server";
import { listPendingDrafts } from "@/lib/server/portal/profile-draft";

export const metadata = { title: "Freigaben" };

export default async function ReviewsPage() {
  await requireCoordinatorPage();
  const [{ t }, { drafts, contacts }] = await Promise.all([getT(), listPendingDrafts()]);
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-semibold">{t("review.queueTitle")}</h1>
      {drafts.length === 0 ? (
        <p className="rounded-lg border border-dashed border-slate-300 bg-white p-8 text-center text-sm text-slate-600">{t("review.empty")}</p>
      ) : (
        drafts.map((d) => <ReviewPanel key={d.id} draft={d} contacts={contacts} />)
      )}
    </div>
  );
}
