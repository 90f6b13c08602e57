import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { JoinForm } from "@/components/public/join-form";
import { MarkdownHtml } from "@/components/public/markdown";
import { fieldOptions } from "@/lib/server/fields-of-work/queries";
import { getT } from "@/lib/i18n/server";
import { getJoinPage } from "@/lib/server/public/join-page";

// Static, rendered on the first request (the build has no database) and cached;
// saving the text or a new values version calls revalidatePath("/mitglied-werden").
// The optional catch-all only exists so that nothing is prerendered at build time.
export const dynamic = "force-static";
export const dynamicParams = true;
export const revalidate = 3600;
export const generateStaticParams = () => [];

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getT();
  return { title: { absolute: `${t("public.join.title")} · ${t("public.site.alliance")}` }, description: t("public.join.metaDescription") };
}

export default async function JoinPage({ params }: { params: Promise<{ rest?: string[] }> }) {
  if ((await params).rest?.length) notFound();
  const [{ t }, page, fields] = await Promise.all([getT(), getJoinPage(), fieldOptions("de")]);
  return (
    <div className="grid gap-10 lg:grid-cols-[minmax(0,1fr)_22rem]">
      <div className="space-y-8">
        <header>
          <h1 className="text-3xl font-semibold">{t("public.join.title")}</h1>
          <p className="mt-3 text-lg text-slate-700">{t("public.join.intro")}</p>
        </header>
        {page.html && <MarkdownHtml html={page.html} />}
        {page.values.length > 0 && (
          <section aria-labelledby="join-values" className="rounded-lg bg-brand-50 p-5">
            <h2 id="join-values" className="text-xl font-semibold">{t("public.join.valuesTitle")}</h2>
            <p className="mt-1 text-slate-700">{t("public.join.valuesIntro")}</p>
            <ul className="mt-3 list-disc space-y-1 pl-6" data-testid="join-values">
              {page.values.map((v, i) => (
                <li key={i}>{v}</li>
              ))}
            </ul>
          </section>
        )}
        <section aria-labelledby="join-contact">
          <h2 id="join-contact" className="text-xl font-semibold">{t("public.join.contactTitle")}</h2>
          <p className="mb-4 mt-1 text-slate-700">{t("public.join.contactIntro")}</p>
          <JoinForm fields={fields} />
        </section>
      </div>
      <aside aria-labelledby="join-form-pdf" className="h-fit rounded-lg border border-slate-200 p-5">
        <h2 id="join-form-pdf" className="text-lg font-semibold">{t("public.join.formTitle")}</h2>
        <p className="mt-2 text-sm text-slate-700">{t("public.join.formText")}</p>
        <a href="/api/public/accession-form.pdf" className="mt-3 inline-block font-medium text-brand-700 underline underline-offset-2">
          {t("public.join.formLink")}
        </a>
      </aside>
    </div>
  );
}
