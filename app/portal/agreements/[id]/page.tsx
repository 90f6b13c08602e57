import Link from "next/link";
import { notFound } from "next/navigation";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { STATUS_TONE } from "@/components/agreements/agreements-card";
import { DeclineButton } from "@/components/agreements/decline-button";
import { DocumentLinks } from "@/components/agreements/document-links";
import { PdfFrame } from "@/components/agreements/pdf-frame";
import { SignForm } from "@/components/agreements/sign-form";
import { SignatureList } from "@/components/agreements/signature-list";
import { partnerSignAction } from "@/lib/actions/agreements/partner";
import { requirePartnerPage } from "@/lib/auth/session";
import { AppError } from "@/lib/errors";
import { getT } from "@/lib/i18n/server";
import { getAgreement, getSignableDocument } from "@/lib/server/agreements/queries";

export default async function PortalAgreementPage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requirePartnerPage();
  const { id } = await params;
  // Scoped: another partner's agreement (or a draft) is simply "not found".
  const agreement = await getAgreement(id, { partnerId: actor.partnerId }).catch((err) => {
    if (err instanceof AppError) notFound();
    throw err;
  });
  const [{ t, locale }, doc] = await Promise.all([getT(), getSignableDocument(id)]);
  const latest = agreement.documents[0];
  return (
    <>
      <Link href="/portal" className="text-sm text-brand-700 hover:underline">← {t("portal.title")}</Link>
      <h1 className="flex items-center gap-3 text-2xl font-semibold">
        {t("agreements.card")} <Badge tone={STATUS_TONE[agreement.status]}>{t(`agreements.status.${agreement.status}`)}</Badge>
      </h1>
      {latest && <PdfFrame documentId={agreement.status === "SENT" && doc ? doc.id : latest.id} title={t("agreements.sign.pdfTitle")} />}
      {agreement.status === "SENT" && doc && (
        <Card title={t("agreements.sign.title")}>
          <SignForm agreementId={agreement.id} version={agreement.version} documentSha256={doc.sha256} defaultName={actor.name} action={partnerSignAction} />
          <div className="mt-4 border-t border-slate-100 pt-3"><DeclineButton agreementId={agreement.id} version={agreement.version} /></div>
        </Card>
      )}
      {agreement.status === "SIGNED_BY_PARTNER" && (
        <p role="status" className="rounded bg-brand-50 p-3 text-sm text-brand-800">{t("agreements.sign.waitingCountersign")}</p>
      )}
      <Card title={t("agreements.signatures.title")}><SignatureList signatures={agreement.signatures} t={t} locale={locale} /></Card>
      <Card title={t("agreements.documents")}><DocumentLinks documents={agreement.documents} /></Card>
    </>
  );
}
