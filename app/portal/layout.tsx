import Link from "next/link";
import { redirect } from "next/navigation";
import { LocaleSwitch } from "@/components/layout/locale-switch";
import { SignOutButton } from "@/components/layout/sign-out-button";
import { getActor, isCoordinator } from "@/lib/auth/session";
import { getT } from "@/lib/i18n/server";

export default async function PortalLayout({ children }: { children: React.ReactNode }) {
  const actor = await getActor();
  if (!actor) redirect("/signin?callbackUrl=%2Fportal");
  if (!actor.partnerId) redirect(isCoordinator(actor) ? "/board" : "/signin");
  const { t } = await getT();
  return (
    <div className="min-h-screen">
      <header className="border-b border-slate-200 bg-white">
        <div className="mx-auto flex h-14 max-w-4xl items-center gap-4 px-4">
          <span className="font-semibold text-brand-700">{t("portal.title")}</span>
          <nav aria-label={t("portal.title")} className="flex gap-1 text-sm">
            <Link href="/portal" className="rounded px-2.5 py-1.5 text-slate-700 hover:bg-slate-100">{t("feedback.nav.overview")}</Link>
            <Link href="/portal/feedback" className="rounded px-2.5 py-1.5 text-slate-700 hover:bg-slate-100">{t("feedback.nav.feedback")}</Link>
          </nav>
          <div className="ml-auto flex items-center gap-3 text-sm">
            <LocaleSwitch />
            <Link href="/portal/account" className="text-slate-600 hover:underline" data-testid="current-user" title={t("account.title")}>{actor.name}</Link>
            <SignOutButton />
          </div>
        </div>
      </header>
      <main id="main" className="mx-auto max-w-4xl space-y-4 p-4">{children}</main>
    </div>
  );
}
