import Link from "next/link";
import { redirect } from "next/navigation";
import { getActor, isCoordinator } from "@/lib/auth/session";
import { getT } from "@/lib/i18n/server";
import { countMyOverdue } from "@/lib/server/tasks/queries";
import { countUnread, waitingCounts } from "@/lib/server/notifications/queries";
import { SignOutButton } from "@/components/layout/sign-out-button";
import { LocaleSwitch } from "@/components/layout/locale-switch";

type TCountKey = "overdue" | "reviews" | "feedback" | "countersign";
const NAV: { href: string; key: string; admin?: boolean; count?: TCountKey }[] = [
  { href: "/dashboard", key: "dashboard" },
  { href: "/tasks", key: "tasks", count: "overdue" },
  { href: "/board", key: "board" },
  { href: "/partners", key: "partners" },
  { href: "/reviews", key: "reviews", count: "reviews" },
  { href: "/agreements", key: "agreements", count: "countersign" },
  { href: "/feedback", key: "feedback", count: "feedback" },
  { href: "/settings/values", key: "settings" },
  { href: "/settings/join-page", key: "joinPage" },
  { href: "/settings/fields-of-work", key: "fieldsOfWork" },
  { href: "/admin/users", key: "users", admin: true },
  { href: "/admin/outbox", key: "outbox", admin: true },
];

export default async function AppLayout({ children }: { children: React.ReactNode }) {
  const actor = await getActor();
  if (!actor) redirect("/signin");
  if (!isCoordinator(actor)) redirect(actor.partnerId ? "/portal" : "/signin?error=forbidden");
  const isAdmin = actor.roles.includes("ADMIN");
  const [{ t }, overdue, waiting, unread] = await Promise.all([getT(), countMyOverdue(actor.id), waitingCounts(), countUnread(actor.id)]);
  const counts: Record<TCountKey, number> = { overdue, reviews: waiting.reviews, feedback: waiting.feedback, countersign: waiting.countersign };
  return (
    <div className="min-h-screen">
      <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:rounded focus:bg-white focus:p-2">
        {t("app.skipToContent")}
      </a>
      <header className="border-b border-slate-200 bg-white">
        <div className="mx-auto flex h-14 max-w-[100rem] items-center gap-6 px-4">
          <Link href="/dashboard" className="font-semibold text-brand-700">
            {t("app.name")}
          </Link>
          <nav aria-label={t("app.nav.main")} className="flex flex-wrap gap-1 text-sm">
            {NAV.filter((item) => !item.admin || isAdmin).map((item) => (
              <Link key={item.href} href={item.href} className="rounded px-2.5 py-1.5 text-slate-700 hover:bg-slate-100">
                {t(`app.nav.${item.key}`)}
                {item.count && counts[item.count] > 0 && (
                  <span
                    className={item.count === "overdue" ? "ml-1 rounded-full bg-red-700 px-1.5 text-xs font-semibold text-white" : "ml-1 rounded-full bg-slate-200 px-1.5 text-xs font-semibold text-slate-800"}
                    data-testid={`nav-count-${item.count}`}
                  >
                    <span className="sr-only">(</span>
                    {counts[item.count]}
                    <span className="sr-only">{item.count === "overdue" ? ` ${t("tasks.overdue")}` : ""})</span>
                  </span>
                )}
              </Link>
            ))}
          </nav>
          <div className="ml-auto flex items-center gap-3 text-sm">
            <Link
              href="/notifications"
              className="relative rounded p-1.5 text-slate-700 hover:bg-slate-100"
              aria-label={unread ? t("notifications.bellUnread", { count: unread }) : t("notifications.bell")}
              data-testid="bell"
            >
              <svg aria-hidden viewBox="0 0 24 24" className="size-5" fill="none" stroke="currentColor" strokeWidth="2">
                <path d="M6 8a6 6 0 1 1 12 0c0 7 3 9 3 9H3s3-2 3-9" />
                <path d="M10.3 21a1.94 1.94 0 0 0 3.4 0" />
              </svg>
              {unread > 0 && (
                <span className="absolute -right-1 -top-1 rounded-full bg-red-700 px-1 text-[0.7rem] font-semibold leading-4 text-white" data-testid="bell-count">
                  {unread}
                </span>
              )}
            </Link>
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
