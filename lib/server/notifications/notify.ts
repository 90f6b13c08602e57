import "server-only";
import type { Db } from "@/lib/db";
import { env } from "@/lib/env";
import type { NotificationKind } from "@/lib/generated/prisma/enums";
import { createTranslator } from "@/lib/i18n/translate";
import { enqueueMails } from "@/lib/server/mail/enqueue-mail";
import { de } from "@/messages/de";

// Mails go out in German, the alliance's language.
const t = createTranslator(de);

/** Kinds that have no mail of their own elsewhere: an "immediately" user gets one from here. */
const MAIL_HERE: ReadonlySet<NotificationKind> = new Set(["PROFILE_SUBMITTED", "TASK_ASSIGNED"]);

/** The partner's owner when it is an active coordinator, otherwise every active coordinator. */
export async function ownerOrCoordinators(db: Db, partnerId: string): Promise<string[]> {
  const partner = await db.partner.findUnique({ where: { id: partnerId }, select: { owner: { select: { id: true, active: true, roles: true } } } });
  const owner = partner?.owner;
  if (owner?.active && owner.roles.some((r) => r === "COORDINATOR" || r === "ADMIN")) return [owner.id];
  return allCoordinators(db);
}

export async function allCoordinators(db: Db): Promise<string[]> {
  const users = await db.user.findMany({ where: { active: true, roles: { hasSome: ["COORDINATOR", "ADMIN"] } }, select: { id: true }, orderBy: { createdAt: "asc" } });
  return users.map((u) => u.id);
}

/**
 * In-app notifications (the bell) for `userIds`, written in the caller's transaction.
 * The actor is never told about their own action.
 */
export async function notify(
  db: Db,
  n: { kind: NotificationKind; userIds: string[]; partnerId?: string | null; subject: string; link: string; actorId?: string | null },
) {
  const userIds = [...new Set(n.userIds)].filter((id) => id !== n.actorId);
  if (userIds.length === 0) return;
  await db.notification.createMany({
    data: userIds.map((userId) => ({ userId, kind: n.kind, partnerId: n.partnerId ?? null, subject: n.subject, link: n.link })),
  });
  if (!MAIL_HERE.has(n.kind)) return;
  const recipients = await db.user.findMany({ where: { id: { in: userIds }, active: true, notifyEmail: "IMMEDIATE" }, select: { email: true } });
  const url = `${env().NEXTAUTH_URL ?? "http://localhost:3000"}${n.link}`;
  await enqueueMails(
    db,
    recipients.map((r) => ({ to: r.email, subject: t(`notifications.mail.subject.${n.kind}`, { subject: n.subject }), text: t("notifications.mail.text", { what: t(`notifications.kind.${n.kind}`), subject: n.subject, url }) })),
  );
}
