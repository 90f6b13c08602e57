import "server-only";
import { prisma } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { berlinDay, berlinTime, dateOnly, isOverdue, toDbDate, taskBucket, type TTaskBucket } from "@/lib/domain/task-due";
import type { TaskKind } from "@/lib/generated/prisma/enums";

export type TTaskView = {
  id: string;
  version: number;
  partnerId: string;
  partnerName: string;
  title: string;
  note: string | null;
  dueDate: string;
  dueTime: string | null;
  assigneeId: string;
  assigneeName: string;
  status: "OPEN" | "DONE";
  kind: TaskKind;
  completedAt: string | null;
  completedByName: string | null;
  overdue: boolean;
};

const taskSelect = {
  id: true,
  version: true,
  partnerId: true,
  title: true,
  note: true,
  dueDate: true,
  dueTime: true,
  assigneeId: true,
  status: true,
  kind: true,
  completedAt: true,
  partner: { select: { name: true } },
  assignee: { select: { name: true } },
  completedBy: { select: { name: true } },
} satisfies Prisma.TaskSelect;

function toView(t: Prisma.TaskGetPayload<{ select: typeof taskSelect }>, now: Date): TTaskView {
  const due = { dueDate: dateOnly(t.dueDate), dueTime: t.dueTime };
  return {
    id: t.id,
    version: t.version,
    partnerId: t.partnerId,
    partnerName: t.partner.name,
    title: t.title,
    note: t.note,
    ...due,
    assigneeId: t.assigneeId,
    assigneeName: t.assignee.name,
    status: t.status,
    kind: t.kind,
    completedAt: t.completedAt?.toISOString() ?? null,
    completedByName: t.completedBy?.name ?? null,
    overdue: t.status === "OPEN" && isOverdue(due, now),
  };
}

const dueOrder: Prisma.TaskOrderByWithRelationInput[] = [{ dueDate: "asc" }, { dueTime: { sort: "asc", nulls: "first" } }, { id: "asc" }];

/** A partner's open tasks and the last 20 done ones. */
export async function listPartnerTasks(partnerId: string, now = new Date()) {
  const [open, done] = await Promise.all([
    prisma.task.findMany({ where: { partnerId, status: "OPEN" }, orderBy: dueOrder, select: taskSelect }),
    prisma.task.findMany({ where: { partnerId, status: "DONE" }, orderBy: { completedAt: "desc" }, take: 20, select: taskSelect }),
  ]);
  return { open: open.map((t) => toView(t, now)), done: done.map((t) => toView(t, now)) };
}

export const TASK_LIST_LIMIT = 500;

/** Open tasks of one assignee (or everyone's), grouped by due bucket in Europe/Berlin. */
export async function listOpenTasks({ assigneeId, now = new Date() }: { assigneeId?: string; now?: Date }) {
  const rows = await prisma.task.findMany({
    where: { status: "OPEN", partner: { archived: false }, ...(assigneeId ? { assigneeId } : {}) },
    orderBy: dueOrder,
    take: TASK_LIST_LIMIT + 1,
    select: taskSelect,
  });
  const groups: Record<TTaskBucket, TTaskView[]> = { overdue: [], today: [], week: [], later: [] };
  for (const row of rows.slice(0, TASK_LIST_LIMIT)) {
    const view = toView(row, now);
    groups[taskBucket(view, now)].push(view);
  }
  return { groups, truncated: rows.length > TASK_LIST_LIMIT };
}

export type TNextTask = { title: string; kind: TaskKind; dueDate: string; dueTime: string | null; overdue: boolean; assigneeName: string };

/** The next open task (earliest due) of each partner, in one query. */
export async function nextTasksFor(partnerIds: string[], now = new Date()): Promise<Map<string, TNextTask>> {
  if (partnerIds.length === 0) return new Map();
  const rows = await prisma.$queryRaw<{ partnerId: string; title: string; kind: TaskKind; dueDate: Date; dueTime: string | null; assigneeName: string }[]>`
    SELECT DISTINCT ON (t."partnerId") t."partnerId", t."title", t."kind", t."dueDate", t."dueTime", u."name" AS "assigneeName"
    FROM "Task" t JOIN "User" u ON u."id" = t."assigneeId"
    WHERE t."partnerId" IN (${Prisma.join(partnerIds)}) AND t."status" = 'OPEN'
    ORDER BY t."partnerId", t."dueDate" ASC, t."dueTime" ASC NULLS FIRST, t."id" ASC`;
  return new Map(
    rows.map((r) => {
      const due = { dueDate: dateOnly(r.dueDate), dueTime: r.dueTime };
      return [r.partnerId, { title: r.title, kind: r.kind, ...due, overdue: isOverdue(due, now), assigneeName: r.assigneeName }];
    }),
  );
}

/** Stages in which a partner needs a next step (PUBLISHED is the end of the pipeline). */
export const OPEN_STAGES = ["CONTACTED", "MET", "AGREEMENT_SIGNED"] as const;

/** SQL: an active partner in an open stage without an open task ("kein nächster Schritt"). */
export const noNextStepSql = Prisma.sql`(p."archived" = false AND p."stage" IN ('CONTACTED', 'MET', 'AGREEMENT_SIGNED')
  AND NOT EXISTS (SELECT 1 FROM "Task" t WHERE t."partnerId" = p."id" AND t."status" = 'OPEN'))`;

/** My open tasks that are overdue (for the navigation count). */
export async function countMyOverdue(assigneeId: string, now = new Date()) {
  const today = toDbDate(berlinDay(now));
  return prisma.task.count({
    where: {
      assigneeId,
      status: "OPEN",
      partner: { archived: false },
      OR: [{ dueDate: { lt: today } }, { dueDate: today, dueTime: { lte: berlinTime(now) } }],
    },
  });
}
