import "server-only";
import { prisma } from "@/lib/db";
import { openAutoTask } from "./auto-tasks";

export const REMIND_AFTER_DAYS = 14;
const DAY_MS = 86_400_000;

/**
 * The automatic tasks' due check, run as a job: every agreement sent and still
 * unsigned for 14 days (since sending, or since the last reminder) gets an
 * "Erinnern" task, unless one is open. Idempotent, so a repeated run adds nothing.
 */
export async function runTaskDueCheck(now = new Date()) {
  const cutoff = new Date(now.getTime() - REMIND_AFTER_DAYS * DAY_MS);
  const due = await prisma.agreement.findMany({
    where: {
      status: "SENT",
      sentAt: { lte: cutoff },
      OR: [{ lastReminderAt: null }, { lastReminderAt: { lte: cutoff } }],
      partner: { archived: false },
    },
    select: { id: true, partnerId: true },
    take: 1000,
  });
  let created = 0;
  for (const a of due) {
    const ids = await prisma.$transaction(async (tx) => {
      // Serialises concurrent checks for one agreement (two workers, or the cron and a test).
      await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`remind:${a.id}`}))`;
      // A reminder task done (e.g. by phone) in the last 14 days counts as a reminder.
      const recent = await tx.task.count({ where: { kind: "REMIND_AGREEMENT", sourceId: a.id, createdAt: { gt: cutoff } } });
      if (recent > 0) return [];
      return openAutoTask(tx, { partnerId: a.partnerId, kind: "REMIND_AGREEMENT", sourceId: a.id, now });
    });
    if (ids.length) created++;
  }
  return { checked: due.length, created };
}
