import { NotificationList } from "@/components/notifications/notification-list";
import { requireCoordinatorPage } from "@/lib/auth/session";
import { getT } from "@/lib/i18n/server";
import { listNotifications } from "@/lib/server/notifications/queries";

export const metadata = { title: "Benachrichtigungen" };

export default async function NotificationsPage() {
  const actor = await requireCoordinatorPage();
  const [{ t }, { items, unread }] = await Promise.all([getT(), listNotifications(actor.id)]);
  return (
    <div className="max-w-3xl space-y-4">
      <h1 className="text-2xl font-semibold">{t("notifications.title")}</h1>
      <NotificationList unread={unread} items={items.map((n) => ({ id: n.id, kind: n.kind, subject: n.subject, link: n.link, read: Boolean(n.readAt), at: n.createdAt.toISOString() }))} />
    </div>
  );
}
