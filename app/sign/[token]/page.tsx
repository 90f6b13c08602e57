import { AuthCard } from "@/components/layout/auth-card";
import { SignForm } from "@/components/agreements/sign-form";
import { signWithLinkAction } from "@/lib/actions/agreements/sign-link";
import { getT } from "@/lib/i18n/server";
import { findSigningLink, usedSigningLink } from "@/lib/server/agreements/signing-links";

export const dynamic = "force-dynamic";
export const metadata = { title: "Kooperationsvereinbarung unterschreiben", robots: { index: false } };

/** The personal signing link: read the agreement and sign, without an account. */
export default async function SignWithLinkPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const [{ t, locale }, link, used] = await Promise.all([getT(), findSigningLink(token), usedSigningLink(token)]);
  if (!link) {
    const date = used?.usedAt.toLocaleString(locale === "de" ? "de-DE" : "en-GB", { timeZone: "Europe/Berlin", dateStyle: "medium", timeStyle: "short" });
    return (
      <AuthCard title={t("agreements.sign.linkTitle")}>
        {used ? (
          <p role="status" className="text-sm text-slate-800">{t("agreements.sign.linkUsed", { date: date! })}</p>
        ) : (
          <p role="alert" className="text-sm text-red-800">{t("agreements.sign.linkInvalid")}</p>
        )}
      </AuthCard>
    );
  }
  return (
    <main className="mx-auto max-w-4xl space-y-4 p-4">
      <h1 className="text-2xl font-semibold">{t("agreements.sign.linkTitle")}</h1>
      <p className="text-slate-700">{link.agreement.partner.name}</p>
      <p className="text-sm text-slate-600">{t("agreements.sign.linkIntro", { email: link.email })}</p>
      <iframe src={`/api/sign/${token}/document`} title={t("agreements.sign.pdfTitle")} className="h-[70vh] w-full rounded border border-slate-200 bg-white" />
      <p className="text-sm"><a className="text-brand-700 underline" href={`/api/sign/${token}/document?download=1`} download>{t("agreements.download")}</a></p>
      <section className="rounded-lg border border-slate-200 bg-white p-4">
        <SignForm
          agreementId={link.agreementId}
          version={link.agreement.version}
          documentSha256={link.document.sha256}
          defaultName={link.signerName}
          action={signWithLinkAction}
          token={token}
          doneText={t("agreements.sign.linkDone")}
        />
      </section>
    </main>
  );
}
