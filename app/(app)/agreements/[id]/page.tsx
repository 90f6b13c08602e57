import Link from "next/link";
import { notFound } from "next/navigation";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { AgreementActions } from "@/components/agreements/agreement-actions";
import { STATUS_TONE } from "@/components/agreements/agreements-card";
import { DocumentLinks } from "@/components/agreements/document-links";
import { PdfFrame } from "@/components/agreements/pdf-frame";
import { SignForm } from "@/components/agreements/sign-form";
import { SignatureList } from "@/components/agreements/signature-list";
import { countersignAction } from "@/lib/actions/agreements/coordinator";
import { requireCoordinatorPage } from "@/lib/auth/session";
import { AppError } from "@/lib/errors";
import { getT } from "@/lib/i18n/server";
import { getAgreement, getSignableDocument, getSigner } from "@/lib/server/agreements/queries";

export default async function AgreementPage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requireCoordinatorPage();
  const { id } = await params;
  const agreement = await getAgreement(id).catch((err) => {
    if (err instanceof AppError) notFound();
    throw err;
  });
  const [{ t, locale }, doc, signer] = await Promise.all([getT(), getSignableDocument(id), getSigner(agreement.partner.id)]);
  const latest = agreement.documents[0];
  return (
    <div className="space-y-4">
      <div>
        <Link href={`/partners/${agreement.partner.id}`} className="text-sm text-brand-700 hover:underline">{agreement.partner.name}</Link>
        <h1 className="mt-1 flex items-center gap-3 text-2xl font-semibold">
          {t("agreements.card")} <Badge tone={STATUS_TONE[agreement.status]}>{t(`agreements.status.${agreement.status}`)}</Badge>
        </h1>
      </div>
      <div className="grid gap-4 lg:grid-cols-3">
        <div className="lg:col-span-2">{latest && <PdfFrame documentId={latest.id} title={t("agreements.sign.pdfTitle")} />}</div>
        <div className="space-y-4">
          {agreement.status === "SIGNED_BY_PARTNER" && doc && (
            <Card title={t("agreements.countersign")}>
              <SignForm agreementId={agreement.id} version={agreement.version} documentSha256={doc.sha256} defaultName={actor.name} coordination action={countersignAction} />
            </Card>
          )}
          <Card title={t("agreements.signatures.title")}>
            <SignatureList signatures={agreement.signatures} t={t} locale={locale} />
          </Card>
          <Card title={t("agreements.documents")}>
            <DocumentLinks documents={agreement.documents} />
            <div className="mt-3"><AgreementActions partnerId={agreement.partner.id} agreement={agreement} signer={signer} /></div>
          </Card>
        </div>
      </div>
    </div>
  );
}
