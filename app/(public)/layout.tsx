import Link from "next/link";
import { PublicNav } from "@/components/public/public-nav";
import { getT } from "@/lib/i18n/server";

// Public pages are rendered statically (German, the default locale) and revalidated
// on demand; nothing here reads the session.
export default async function PublicLayout({ children }: { children: React.ReactNode }) {
  const { t } = await getT();
  return (
    <div className="flex min-h-screen flex-col bg-white">
      <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:rounded focus:bg-white focus:p-2">
        {t("public.site.skipToContent")}
      </a>
      <header className="border-b border-slate-200">
        <div className="mx-auto flex max-w-5xl flex-wrap items-center gap-x-6 gap-y-2 px-4 py-3">
          <div>
            <Link href="/mitglied-werden" className="font-semibold text-brand-700">
              {t("public.site.alliance")}
            </Link>
            <p className="text-xs text-slate-600">{t("public.site.tagline")}</p>
          </div>
          <PublicNav
            label={t("public.site.nav")}
            links={[
              { href: "/mitglied-werden", text: t("public.site.join") },
              { href: "/partner", text: t("public.site.directory") },
            ]}
          />
          <Link href="/signin" className="ml-auto text-sm text-slate-700 underline-offset-2 hover:underline">
            {t("public.site.signIn")}
          </Link>
        </div>
      </header>
      <main id="main" className="mx-auto w-full max-w-5xl flex-1 px-4 py-8">
        {children}
      </main>
      <footer className="border-t border-slate-200 bg-slate-50">
        <div className="mx-auto flex max-w-5xl flex-wrap items-center gap-x-6 gap-y-2 px-4 py-4 text-sm text-slate-700">
          <span>{t("public.site.footer")}</span>
          <Link href="/datenschutz" className="underline underline-offset-2">
            {t("public.site.privacy")}
          </Link>
        </div>
      </footer>
    </div>
  );
}
