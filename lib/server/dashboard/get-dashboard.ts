import "server-only";
import { prisma } from "@/lib/db";
import { STAGES, type TStage } from "@/lib/domain/fields-of-work";
import { funnel, timeInStage, type THistoryEvent, type TPartnerHistory, type TPeriod } from "@/lib/domain/funnel";
import { addDays, berlinDay, berlinMidnight } from "@/lib/domain/task-due";
import { waitingCounts } from "@/lib/server/notifications/queries";
import { listOpenTasks } from "@/lib/server/tasks/queries";

export const STUCK_DAYS = 30;
const DAY_MS = 86_400_000;

/** The default period: the last 12 months up to today (Europe/Berlin days). */
export function defaultPeriod(now: Date): { from: string; to: string } {
  const to = berlinDay(now);
  const from = `${Number(to.slice(0, 4)) - 1}${to.slice(4)}`;
  return { from, to };
}

/** Every partner's typed history (stage moves, archive, restore), one query, grouped in memory. */
async function histories(): Promise<TPartnerHistory[]> {
  const rows = await prisma.stageChange.findMany({ select: { partnerId: true, kind: true, toStage: true, at: true }, orderBy: [{ partnerId: "asc" }, { at: "asc" }] });
  const byPartner = new Map<string, THistoryEvent[]>();
  for (const r of rows) {
    const list = byPartner.get(r.partnerId) ?? [];
    list.push({ at: r.at, kind: r.kind, to: r.toStage });
    byPartner.set(r.partnerId, list);
  }
  return [...byPartner].map(([partnerId, events]) => ({ partnerId, events }));
}

export async function getDashboard({ actorId, period: days, now = new Date() }: { actorId: string; period: { from: string; to: string }; now?: Date }) {
  // The period's days in Europe/Berlin, as instants (from the start of `from` to the end of `to`).
  const period: TPeriod = { from: berlinMidnight(days.from), to: berlinMidnight(addDays(days.to, 1)) };
  const monthStart = berlinMidnight(`${berlinDay(now).slice(0, 7)}-01`);
  const stuckBefore = new Date(now.getTime() - STUCK_DAYS * DAY_MS);
  const [tasks, waiting, stageCounts, stuck, newPartners, newAgreements, hist] = await Promise.all([
    listOpenTasks({ assigneeId: actorId, now }),
    waitingCounts(),
    prisma.partner.groupBy({ by: ["stage"], where: { archived: false }, _count: { _all: true } }),
    prisma.partner.groupBy({ by: ["stage"], where: { archived: false, stageEnteredAt: { lt: stuckBefore }, stage: { not: "PUBLISHED" } }, _count: { _all: true } }),
    prisma.partner.count({ where: { createdAt: { gte: monthStart } } }),
    prisma.agreement.count({ where: { status: "ACTIVE", activatedAt: { gte: monthStart } } }),
    histories(),
  ]);
  const count = (rows: { stage: TStage; _count: { _all: number } }[], s: TStage) => rows.find((r) => r.stage === s)?._count._all ?? 0;
  return {
    myTasks: { overdue: tasks.groups.overdue, today: tasks.groups.today },
    waiting,
    stages: STAGES.map((stage) => ({ stage, count: count(stageCounts, stage), stuck: count(stuck, stage) })),
    month: { newPartners, newAgreements },
    funnel: funnel(hist, period),
    timeInStage: timeInStage(hist, period, now),
  };
}

export type TDashboard = Awaited<ReturnType<typeof getDashboard>>;
