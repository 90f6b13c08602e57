import type { Metadata } from "next";
import Link from "next/link";
import { JoinPageEditor } from "@/components/public/join-page-editor";
import { Card } from "@/components/ui/card";
import { requireCoordinatorPage } from "@/lib/auth/session";
import { getT } from "@/lib/i18n/server";
import { getJoinPageSource } from "@/lib/server/public/join-page";
import { renderMarkdown } from "@/lib/server/public/markdown";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getT();
  return { title: t("public.settings.title") };
}

export default async function JoinPageSettings() {
  await requireCoordinatorPage();
  const [{ t, locale }, source] = await Promise.all([getT(), getJoinPageSource()]);
  return (
    <div className="mx-auto max-w-5xl space-y-4">
      <div className="flex flex-wrap items-baseline justify-between gap-3">
        <h1 className="text-2xl font-semibold">{t("public.settings.title")}</h1>
        <div className="flex gap-4 text-sm">
          <Link href="/settings/values" className="text-brand-700 hover:underline">{t("public.settings.valuesLink")}</Link>
          <a href="/mitglied-werden" className="text-brand-700 hover:underline" target="_blank" rel="noopener">{t("public.settings.viewPage")}</a>
        </div>
      </div>
      <p className="text-sm text-slate-600">{t("public.settings.intro")}</p>
      {source.updatedAt && (
        <p className="text-xs text-slate-500">
          {t("public.settings.lastUpdated", { date: new Date(source.updatedAt).toLocaleString(locale === "de" ? "de-DE" : "en-GB", { timeZone: "Europe/Berlin" }) })}
        </p>
      )}
      <Card>
        <JoinPageEditor markdown={source.markdown} basedOn={source.updatedAt} initialPreview={renderMarkdown(source.markdown)} />
      </Card>
    </div>
  );
}
