import { getT } from "@/lib/i18n/server";

export async function DocumentLinks({ documents }: { documents: { id: string; kind: string; sha256: string; createdAt: Date }[] }) {
  const { t, locale } = await getT();
  if (documents.length === 0) return null;
  return (
    <ul className="space-y-1 text-xs" aria-label={t("agreements.documents")}>
      {documents.map((d) => (
        <li key={d.id} className="flex flex-wrap items-center gap-2">
          <span className="font-medium">{t(`agreements.kind.${d.kind}`)}</span>
          <span className="text-slate-500">{d.createdAt.toLocaleString(locale === "de" ? "de-DE" : "en-GB", { timeZone: "Europe/Berlin" })}</span>
          <a className="text-brand-700 hover:underline" href={`/api/agreements/documents/${d.id}`} target="_blank" rel="noreferrer">{t("agreements.open")}</a>
          <a className="text-brand-700 hover:underline" href={`/api/agreements/documents/${d.id}?download=1`} download data-testid={`download-${d.kind}`}>{t("agreements.download")}</a>
          <code className="break-all text-[10px] text-slate-400" title={t("agreements.sign.hash")}>{d.sha256.slice(0, 16)}…</code>
        </li>
      ))}
    </ul>
  );
}
