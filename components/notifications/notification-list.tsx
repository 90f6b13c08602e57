"use client";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { Button } from "@/components/ui/button";
import { cn } from "@/components/ui/cn";
import { markAllNotificationsReadAction, markNotificationReadAction } from "@/lib/actions/notifications/notifications";
import { useT } from "@/lib/i18n/client";

export type TNotificationItem = { id: string; kind: string; subject: string; link: string; read: boolean; at: string };

/** The own notifications: open one (marks it read), mark read, mark all read. */
export function NotificationList({ items, unread }: { items: TNotificationItem[]; unread: number }) {
  const { t, locale } = useT();
  const router = useRouter();
  const [status, setStatus] = useState("");
  const [pending, start] = useTransition();
  const run = (fn: () => Promise<unknown>, done?: string) =>
    start(async () => {
      await fn();
      if (done) setStatus(done);
      router.refresh();
    });
  if (items.length === 0) return <p className="text-sm text-slate-600">{t("notifications.empty")}</p>;
  return (
    <div className="space-y-3">
      <div className="flex flex-wrap items-center gap-3">
        <Button size="sm" variant="secondary" disabled={pending || unread === 0} onClick={() => run(() => markAllNotificationsReadAction({}), t("notifications.allRead"))}>
          {t("notifications.markAllRead")}
        </Button>
        <span role="status" className="text-sm text-brand-700">{status}</span>
      </div>
      <ul className="divide-y divide-slate-100 rounded-lg border border-slate-200 bg-white" data-testid="notification-list">
        {items.map((n) => (
          <li key={n.id} className={cn("flex flex-wrap items-start justify-between gap-2 p-3 text-sm", !n.read && "bg-brand-50")}>
            <div className="min-w-0">
              <p className="font-medium">
                {t(`notifications.kind.${n.kind}`)}
                {!n.read && <span className="ml-2 rounded bg-brand-700 px-1.5 text-xs text-white">{t("notifications.unread")}</span>}
              </p>
              <Link
                href={n.link}
                className="break-words text-brand-700 hover:underline"
                onClick={() => {
                  if (!n.read) void markNotificationReadAction({ id: n.id });
                }}
              >
                {n.subject}
              </Link>
              <p className="text-xs text-slate-600">{new Date(n.at).toLocaleString(locale === "de" ? "de-DE" : "en-GB", { timeZone: "Europe/Berlin", dateStyle: "medium", timeStyle: "short" })}</p>
            </div>
            {!n.read && (
              <Button size="sm" variant="ghost" disabled={pending} onClick={() => run(() => markNotificationReadAction({ id: n.id }))} aria-label={`${t("notifications.markRead")}: ${n.subject}`}>
                {t("notifications.markRead")}
              </Button>
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}
