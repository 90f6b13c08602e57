import Link from "next/link";
import { notFound } from "next/navigation";
import { Badge } from "@/components/ui/badge";
import { buttonClass } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { ActivityForm } from "@/components/partners/activity-form";
import { AgreementsCard } from "@/components/agreements/agreements-card";
import { ArchiveDialog } from "@/components/partners/archive-dialog";
import { PartnerFeedbackSection } from "@/components/feedback/partner-feedback-section";
import { CoordinatorContacts } from "@/components/partners/coordinator-contacts";
import { ReviewPanel } from "@/components/reviews/review-panel";
import { ActivityTimeline, AuditTrail, StageHistory } from "@/components/partners/history-lists";
import { requireCoordinatorPage } from "@/lib/auth/session";
import { AppError } from "@/lib/errors";
import { getT } from "@/lib/i18n/server";
import { fieldNamesOf } from "@/lib/server/fields-of-work/queries";
import { getPartnerDetail } from "@/lib/server/partners/get-partner";
import { listCoordinators } from "@/lib/server/users/list-coordinators";
import { OwnerSelect } from "@/components/partners/owner-select";
import { PartnerTasks } from "@/components/tasks/partner-tasks";

export default async function PartnerPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const actor = await requireCoordinatorPage();
  const { id } = await params;
  const openNewTask = (await searchParams).task === "new";
  const detail = await getPartnerDetail(id).catch((err) => {
    if (err instanceof AppError && err.code === "NOT_FOUND") notFound();
    throw err;
  });
  const [{ t, locale }, coordinators] = await Promise.all([getT(), listCoordinators()]);
  const { partner: p, contacts, activities, stageChanges, audit, accounts, pendingDraft } = detail;
  const since = p.stageEnteredAt.toLocaleDateString(locale === "de" ? "de-DE" : "en-GB");
  const address = [p.street, [p.postalCode, p.city].filter(Boolean).join(" ")].filter(Boolean).join(", ");
  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-start justify-between gap-3">
        <div>
          <h1 className="text-2xl font-semibold">{p.name}</h1>
          <div className="mt-1 flex flex-wrap items-center gap-2 text-sm text-slate-600">
            <Badge tone="blue">{t(`stages.${p.stage}`)}</Badge>
            <span>{t("partners.detail.since", { date: since })}</span>
            <Badge tone={p.circle === "CORE" ? "brand" : "neutral"}>{t(`circles.${p.circle}`)}</Badge>
            <span>{t(`kinds.${p.kind}`)}</span>
            {p.archived && <Badge tone="red">{t("partners.archivedBadge")}</Badge>}
          </div>
          {p.archived && p.archivedReason && (
            <p className="mt-2 text-sm text-red-800">{t("partners.detail.archivedBecause", { reason: p.archivedReason })}</p>
          )}
        </div>
        <div className="flex gap-2">
          {!p.archived && (
            <Link href={`/partners/${p.id}/edit`} className={buttonClass("secondary", "sm")}>
              {t("common.edit")}
            </Link>
          )}
          <ArchiveDialog id={p.id} version={p.version} archived={p.archived} />
        </div>
      </div>
      {pendingDraft && <ReviewPanel draft={pendingDraft} contacts={contacts} />}
      <div className="grid gap-4 lg:grid-cols-3">
        <div className="space-y-4 lg:col-span-2">
          <Card title={t("partners.detail.profile")}>
            <dl className="grid gap-x-6 gap-y-2 text-sm sm:grid-cols-2">
              <Row label={t("partners.col.fieldsOfWork")} value={fieldNamesOf(p.fieldsOfWork, locale).join(", ")} />
              {p.archived && <Row label={t("partners.detail.owner")} value={p.owner?.name ?? t("partners.detail.noOwner")} />}
              <Row label={t("partners.detail.address")} value={address} />
              <Row label={t("partners.form.email")} value={p.email} />
              <Row label={t("partners.form.phone")} value={p.phone} />
              <Row label={t("partners.form.website")} value={p.website} />
            </dl>
            {p.notes && <p className="mt-3 whitespace-pre-line rounded bg-amber-50 p-2 text-sm">{p.notes}</p>}
            {!p.archived && (
              <div className="mt-3 border-t border-slate-100 pt-3">
                <OwnerSelect partnerId={p.id} version={p.version} ownerId={p.ownerId} owners={coordinators} />
              </div>
            )}
          </Card>
          <PartnerTasks
            partnerId={p.id}
            archived={p.archived}
            assignees={coordinators}
            defaultAssigneeId={p.ownerId && coordinators.some((c) => c.id === p.ownerId) ? p.ownerId : actor.id}
            openNew={openNewTask && !p.archived}
          />
          <Card title={t("partners.detail.activities")}>
            <div className="space-y-4">
              {!p.archived && <ActivityForm partnerId={p.id} />}
              <ActivityTimeline activities={activities} />
            </div>
          </Card>
        </div>
        <div className="space-y-4">
          <AgreementsCard partnerId={p.id} archived={p.archived} />
          <PartnerFeedbackSection partnerId={p.id} />
          <Card title={t("partners.detail.contacts")}>
            <CoordinatorContacts partnerId={p.id} contacts={contacts} readOnly={p.archived} accountEmails={accounts.map((a) => a.email.toLowerCase())} />
          </Card>
          <Card title={t("partners.detail.stageHistory")}>
            <StageHistory changes={stageChanges} />
          </Card>
          <Card title={t("partners.detail.audit")}>
            <AuditTrail events={audit} />
          </Card>
        </div>
      </div>
    </div>
  );
}

function Row({ label, value }: { label: string; value?: string | null }) {
  return (
    <div>
      <dt className="text-xs font-medium uppercase tracking-wide text-slate-500">{label}</dt>
      <dd>{value || "—"}</dd>
    </div>
  );
}
