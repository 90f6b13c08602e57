import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { ConsentToggle } from "@/components/portal/consent-toggle";
import { ContactDataForm } from "@/components/portal/contact-data-form";
import { PortalContacts } from "@/components/portal/portal-contacts";
import { ProfileDraftForm } from "@/components/portal/profile-draft-form";
import { requirePartnerPage } from "@/lib/auth/session";
import { STAGES } from "@/lib/domain/fields-of-work";
import { getT } from "@/lib/i18n/server";
import { getPortal } from "@/lib/server/portal/get-portal";
import { listPartnerAgreements } from "@/lib/server/agreements/queries";
import { STATUS_TONE } from "@/components/agreements/agreements-card";
import Link from "next/link";

export const metadata = { title: "Partnerportal" };

export default async function PortalPage() {
  const actor = await requirePartnerPage();
  const [{ t, locale }, { partner: p, contacts, pendingDraft, lastReview }, agreements] = await Promise.all([
    getT(),
    getPortal(actor.partnerId),
    listPartnerAgreements(actor.partnerId),
  ]);
  const visibleAgreements = agreements.filter((a) => a.status !== "DRAFT");
  const date = (d: Date) => d.toLocaleDateString(locale === "de" ? "de-DE" : "en-GB", { timeZone: "Europe/Berlin" });
  return (
    <>
      <h1 className="text-2xl font-semibold">{p.name}</h1>
      <Card title={t("portal.status.title")}>
        <ol className="mb-3 flex flex-wrap gap-2" aria-label={t("portal.status.title")}>
          {STAGES.map((s) => (
            <li key={s}>
              <Badge tone={s === p.stage ? "brand" : "neutral"}>
                {t(`stages.${s}`)}{s === p.stage && <span className="sr-only"> ({t("portal.status.current")})</span>}
              </Badge>
            </li>
          ))}
        </ol>
        <p className="text-sm" data-testid="next-step">{p.archived ? t("portal.status.archived") : t(`portal.nextStep.${p.stage}`)}</p>
      </Card>
      {visibleAgreements.length > 0 && (
        <Card title={t("portal.agreements")}>
          <ul className="space-y-2 text-sm" data-testid="portal-agreements">
            {visibleAgreements.map((a) => (
              <li key={a.id} className="flex flex-wrap items-center gap-2">
                <Badge tone={STATUS_TONE[a.status]}>{t(`agreements.status.${a.status}`)}</Badge>
                <span className="text-slate-600">{date(a.sentAt ?? a.createdAt)}</span>
                <Link href={`/portal/agreements/${a.id}`} className="ml-auto text-brand-700 hover:underline">
                  {a.status === "SENT" ? t("portal.agreementOpen") : t("agreements.open")}
                </Link>
              </li>
            ))}
          </ul>
        </Card>
      )}
      <Card title={t("portal.profile.title")}>
        <p className="mb-3 text-sm text-slate-600">{t("portal.profile.intro")}</p>
        {lastReview && !pendingDraft && (
          <p role="status" data-testid="review-outcome" className={lastReview.status === "APPROVED" ? "mb-3 rounded bg-brand-50 p-2 text-sm text-brand-800" : "mb-3 rounded bg-red-50 p-2 text-sm text-red-800"}>
            {t(lastReview.status === "APPROVED" ? "portal.profile.approved" : "portal.profile.rejected", { date: lastReview.reviewedAt ? date(lastReview.reviewedAt) : "" })}
            {lastReview.reviewComment && ` – ${lastReview.reviewComment}`}
          </p>
        )}
        {pendingDraft && (
          <p role="status" data-testid="draft-pending" className="mb-3 rounded bg-amber-50 p-2 text-sm text-amber-900">
            {t("portal.profile.pending", { date: date(pendingDraft.submittedAt) })}
          </p>
        )}
        <ProfileDraftForm
          initial={{
            description: pendingDraft?.description ?? p.description,
            website: (pendingDraft ? pendingDraft.website : p.website) ?? "",
            logoFileId: pendingDraft?.logoFileId ?? p.logoFileId ?? undefined,
            publicContactId: (pendingDraft ? pendingDraft.publicContactId : p.publicContactId) ?? undefined,
          }}
          contacts={contacts.filter((c) => c.publicConsent).map((c) => ({ id: c.id, name: c.name }))}
          disabled={p.archived}
        />
      </Card>
      <Card title={t("portal.consent.title")}>
        <ConsentToggle consentAt={p.publicationConsentAt?.toISOString() ?? null} disabled={p.archived} />
      </Card>
      <Card title={t("portal.contactData.title")}>
        <ContactDataForm
          initial={{ version: p.version, email: p.email ?? "", phone: p.phone ?? "", street: p.street ?? "", postalCode: p.postalCode ?? "", city: p.city ?? "" }}
          disabled={p.archived}
        />
      </Card>
      <Card title={t("partners.detail.contacts")}>
        <PortalContacts partnerId={p.id} contacts={contacts} readOnly={p.archived} />
      </Card>
    </>
  );
}
