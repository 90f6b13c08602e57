import Link from "next/link";
import { redirect } from "next/navigation";
import { getActor, isCoordinator } from "@/lib/auth/session";
import { getT } from "@/lib/i18n/server";
import { countMyOverdue } from "@/lib/server/tasks/queries";
import { SignOutButton } from "@/components/layout/sign-out-button";
import { LocaleSwitch } from "@/components/layout/locale-switch";

const NAV = [
  { href: "/tasks", key: "tasks", count: "overdue" },
  { href: "/board", key: "board" },
  { href: "/partners", key: "partners" },
  { href: "/reviews", key: "reviews" },
  { href: "/agreements", key: "agreements" },
  { href: "/feedback", key: "feedback" },
  { href: "/settings/values", key: "settings" },
  { href: "/settings/join-page", key: "joinPage" },
  { href: "/admin/users", key: "users", admin: true },
  { href: "/admin/outbox", key: "outbox", admin: true },
];

export default async function AppLayout({ children }: { children: React.ReactNode }) {
  const actor = await getActor();
  if (!actor) redirect("/signin");
  if (!isCoordinator(actor)) redirect(actor.partnerId ? "/portal" : "/signin?error=forbidden");
  const isAdmin = actor.roles.includes("ADMIN");
  const [{ t }, overdue] = await Promise.all([getT(), countMyOverdue(actor.id)]);
  return (
    <div className="min-h-screen">
      <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:rounded focus:bg-white focus:p-2">
        {t("app.skipToContent")}
      </a>
      <header className="border-b border-slate-200 bg-white">
        <div className="mx-auto flex h-14 max-w-[100rem] items-center gap-6 px-4">
          <Link href="/board" className="font-semibold text-brand-700">
            {t("app.name")}
          </Link>
          <nav aria-label={t("app.nav.main")} className="flex flex-wrap gap-1 text-sm">
            {NAV.filter((item) => !item.admin || isAdmin).map((item) => (
              <Link key={item.href} href={item.href} className="rounded px-2.5 py-1.5 text-slate-700 hover:bg-slate-100">
                {t(`app.nav.${item.key}`)}
                {item.count === "overdue" && overdue > 0 && (
                  <span className="ml-1 rounded-full bg-red-700 px-1.5 text-xs font-semibold text-white" data-testid="nav-overdue">
                    {overdue}
                    <span className="sr-only"> {t("tasks.overdue")}</span>
                  </span>
                )}
              </Link>
            ))}
          </nav>
          <div className="ml-auto flex items-center gap-3 text-sm">
            <LocaleSwitch />
            <Link href="/account" className="text-slate-600 hover:underline" data-testid="current-user" title={t("account.title")}>
              {actor.name}
            </Link>
            <SignOutButton />
          </div>
        </div>
      </header>
      <main id="main" className="mx-auto max-w-[100rem] p-4">
        {children}
      </main>
    </div>
  );
}
