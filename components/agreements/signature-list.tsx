import type { TTranslate } from "@/lib/i18n/translate";

type TSignature = { id: string; kind: "ONLINE" | "PAPER" | "COUNTERSIGN"; signerName: string; signerFunction: string | null; signerEmail: string | null; signedAt: Date };

const fmt = (d: Date, locale: string) =>
  d.toLocaleString(locale === "de" ? "de-DE" : "en-GB", { timeZone: "Europe/Berlin", dateStyle: "medium", timeStyle: "short" });

/** Who signed an agreement, in which role and when (from the Signature table). */
export function SignatureList({ signatures, t, locale }: { signatures: TSignature[]; t: TTranslate; locale: string }) {
  if (signatures.length === 0) return <p className="text-sm text-slate-600">{t("agreements.signatures.none")}</p>;
  const ordered = [...signatures].sort((a, b) => Number(a.kind === "COUNTERSIGN") - Number(b.kind === "COUNTERSIGN"));
  return (
    <ul className="space-y-2 text-sm" data-testid="signatures">
      {ordered.map((s) => (
        <li key={s.id}>
          <p className="font-medium">{s.signerName}{s.signerFunction ? `, ${s.signerFunction}` : ""}</p>
          <p className="text-xs text-slate-600">
            {t(`agreements.signatures.${s.kind}`)} · {t("agreements.signatures.at", { date: fmt(s.signedAt, locale) })}
            {s.signerEmail ? ` · ${s.signerEmail}` : ""}
          </p>
        </li>
      ))}
    </ul>
  );
}
