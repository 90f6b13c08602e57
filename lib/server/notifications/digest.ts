import "server-only";
import { prisma } from "@/lib/db";
import { env } from "@/lib/env";
import { berlinDay, toDbDate } from "@/lib/domain/task-due";
import { createTranslator } from "@/lib/i18n/translate";
import { enqueueMail } from "@/lib/server/mail/enqueue-mail";
import { listOpenTasks } from "@/lib/server/tasks/queries";
import { de } from "@/messages/de";

const t = createTranslator(de);
const hourFormat = new Intl.DateTimeFormat("en-GB", { timeZone: "Europe/Berlin", hour: "2-digit", hourCycle: "h23" });
export const berlinHour = (at: Date) => Number(hourFormat.format(at));

/**
 * The daily digests that are due at `now` (users whose chosen hour in Europe/Berlin
 * has come and who had none today). Each user's day is claimed with one conditional
 * UPDATE in the transaction that enqueues the mail, so however many workers run this
 * at once, a digest goes out once.
 */
export async function runDigests(now = new Date()) {
  const today = toDbDate(berlinDay(now));
  const due = await prisma.user.findMany({
    where: {
      active: true,
      notifyEmail: "DIGEST",
      digestHour: { lte: berlinHour(now) },
      roles: { hasSome: ["COORDINATOR", "ADMIN"] },
      OR: [{ lastDigestOn: null }, { lastDigestOn: { lt: today } }],
    },
    select: { id: true, email: true },
  });
  let sent = 0;
  for (const user of due) {
    const [tasks, unread] = await Promise.all([
      listOpenTasks({ assigneeId: user.id, now }),
      prisma.notification.findMany({ where: { userId: user.id, readAt: null }, orderBy: { createdAt: "desc" }, take: 50 }),
    ]);
    const overdue = tasks.groups.overdue;
    const dueToday = tasks.groups.today;
    const mailed = await prisma.$transaction(async (tx) => {
      const { count } = await tx.user.updateMany({
        where: { id: user.id, notifyEmail: "DIGEST", OR: [{ lastDigestOn: null }, { lastDigestOn: { lt: today } }] },
        data: { lastDigestOn: today },
      });
      if (count === 0) return false; // another worker took this day
      if (overdue.length + dueToday.length + unread.length === 0) return false;
      const base = env().NEXTAUTH_URL ?? "http://localhost:3000";
      const line = (x: { partnerName: string; title: string; kind: string }) => `- ${x.partnerName}: ${x.kind === "MANUAL" ? x.title : t(`tasks.auto.${x.kind}`)}`;
      const text = [
        t("notifications.digest.intro"),
        "",
        `${t("tasks.groups.overdue")} (${overdue.length})`,
        ...overdue.map(line),
        "",
        `${t("tasks.groups.today")} (${dueToday.length})`,
        ...dueToday.map(line),
        "",
        `${t("notifications.digest.unread")} (${unread.length})`,
        ...unread.map((n) => `- ${t(`notifications.kind.${n.kind}`)}: ${n.subject} – ${base}${n.link}`),
        "",
        `${base}/tasks`,
      ].join("\n");
      await enqueueMail(tx, { to: user.email, subject: t("notifications.digest.subject", { date: berlinDay(now).split("-").reverse().join(".") }), text });
      return true;
    });
    if (mailed) sent++;
  }
  return { due: due.length, sent };
}
