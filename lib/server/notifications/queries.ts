import "server-only";
import { prisma } from "@/lib/db";

export const NOTIFICATION_PAGE = 50;

/** The user's latest notifications (own only) and the unread count. */
export async function listNotifications(userId: string) {
  const [items, unread] = await Promise.all([
    prisma.notification.findMany({ where: { userId }, orderBy: { createdAt: "desc" }, take: NOTIFICATION_PAGE }),
    prisma.notification.count({ where: { userId, readAt: null } }),
  ]);
  return { items, unread };
}

export const countUnread = (userId: string) => prisma.notification.count({ where: { userId, readAt: null } });

/** Counts of waiting work for the navigation and the dashboard. */
export async function waitingCounts() {
  const [reviews, feedback, countersign, joinRequests] = await Promise.all([
    prisma.profileDraft.count({ where: { status: "PENDING" } }),
    prisma.feedback.count({ where: { status: "OPEN" } }),
    prisma.agreement.count({ where: { status: "SIGNED_BY_PARTNER" } }),
    // Join requests whose first contact is still open.
    prisma.task
      .groupBy({ by: ["sourceId"], where: { kind: "FIRST_CONTACT", status: "OPEN" } })
      .then((rows) => rows.length),
  ]);
  return { reviews, feedback, countersign, joinRequests };
}
