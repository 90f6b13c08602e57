import type { Metadata } from "next";
import { getT } from "@/lib/i18n/server";

export const dynamic = "force-static";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getT();
  return { title: { absolute: `${t("public.privacy.title")} · ${t("public.site.alliance")}` } };
}

export default async function PrivacyPage() {
  const { t } = await getT();
  const sections = ["contact", "directory", "security", "rights"] as const;
  return (
    <article className="max-w-3xl space-y-6">
      <h1 className="text-3xl font-semibold">{t("public.privacy.title")}</h1>
      <p className="text-slate-700">{t("public.privacy.intro")}</p>
      {sections.map((s) => (
        <section key={s} aria-labelledby={`privacy-${s}`}>
          <h2 id={`privacy-${s}`} className="mb-2 text-xl font-semibold">
            {t(`public.privacy.${s}Title`)}
          </h2>
          <p className="text-slate-700">{t(`public.privacy.${s}Text`)}</p>
        </section>
      ))}
    </article>
  );
}
