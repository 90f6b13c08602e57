import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { isOverdue } from "@/lib/domain/agreement-status";
import { getT } from "@/lib/i18n/server";
import { getSigner, listPartnerAgreements } from "@/lib/server/agreements/queries";
import { AgreementActions, GenerateAgreementButton } from "./agreement-actions";
import { DocumentLinks } from "./document-links";

export const STATUS_TONE = { DRAFT: "neutral", SENT: "blue", SIGNED_BY_PARTNER: "amber", ACTIVE: "brand", DECLINED: "red", REVOKED: "red", SUPERSEDED: "neutral" } as const;

/** The partner page's agreement section for coordinators. */
export async function AgreementsCard({ partnerId, archived }: { partnerId: string; archived: boolean }) {
  const [{ t, locale }, agreements, signer] = await Promise.all([getT(), listPartnerAgreements(partnerId), getSigner(partnerId)]);
  const hasOpen = agreements.some((a) => ["DRAFT", "SENT", "SIGNED_BY_PARTNER"].includes(a.status));
  const date = (d: Date) => d.toLocaleDateString(locale === "de" ? "de-DE" : "en-GB", { timeZone: "Europe/Berlin" });
  return (
    <Card title={t("agreements.card")} actions={<a className="text-xs text-brand-700 hover:underline" href={`/api/partners/${partnerId}/accession-form`}>{t("agreements.accessionForm")}</a>}>
      <div className="space-y-4" data-testid="agreements">
        {agreements.length === 0 && <p className="text-sm text-slate-600">{t("agreements.none")}</p>}
        {agreements.map((a) => (
          <div key={a.id} className="space-y-2 border-b border-slate-100 pb-3 last:border-0" data-agreement-id={a.id} data-status={a.status}>
            <div className="flex flex-wrap items-center gap-2 text-sm">
              <Badge tone={STATUS_TONE[a.status]}>{t(`agreements.status.${a.status}`)}</Badge>
              {a.valuesVersion && <span className="text-slate-600">{t("agreements.valuesVersion", { version: a.valuesVersion.version })}</span>}
              <span className="text-slate-500">{date(a.createdAt)}</span>
              {isOverdue(a.status, a.sentAt) && <Badge tone="red">{t("agreements.overdue")}</Badge>}
              <Link href={`/agreements/${a.id}`} className="ml-auto text-xs text-brand-700 hover:underline">{t("agreements.open")}</Link>
            </div>
            <DocumentLinks documents={a.documents} />
            {!archived && <AgreementActions partnerId={partnerId} agreement={a} signer={signer} />}
          </div>
        ))}
        {!archived && !hasOpen && <GenerateAgreementButton partnerId={partnerId} />}
      </div>
    </Card>
  );
}
