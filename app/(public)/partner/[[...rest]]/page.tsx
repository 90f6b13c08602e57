import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { DirectoryBrowser } from "@/components/public/directory-browser";
import { fieldOptions } from "@/lib/server/fields-of-work/queries";
import { getT } from "@/lib/i18n/server";
import { loadPublicDirectory } from "@/lib/server/public/directory";

// Rendered from PostgreSQL on every request (one indexed query), not from a
// per-instance page cache: a withdrawn consent or an unpublished partner is gone at
// once on every app instance. The optional catch-all keeps the route's shape.
export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getT();
  return { title: { absolute: `${t("public.directory.title")} · ${t("public.site.alliance")}` }, description: t("public.directory.metaDescription") };
}

export default async function DirectoryPage({ params }: { params: Promise<{ rest?: string[] }> }) {
  if ((await params).rest?.length) notFound();
  // The public side is German, like the partners' field labels in the directory.
  const [{ t }, partners, fields] = await Promise.all([getT(), loadPublicDirectory(), fieldOptions("de")]);
  return (
    <div className="space-y-6">
      <header>
        <h1 className="text-3xl font-semibold">{t("public.directory.title")}</h1>
        <p className="mt-3 max-w-3xl text-lg text-slate-700">{t("public.directory.intro")}</p>
      </header>
      <DirectoryBrowser partners={partners} fields={fields} />
      <p className="border-t border-slate-200 pt-6 text-slate-700">
        {t("public.directory.joinCta")}{" "}
        <Link href="/mitglied-werden" className="font-medium text-brand-700 underline underline-offset-2">
          {t("public.directory.joinLink")}
        </Link>
      </p>
    </div>
  );
}
