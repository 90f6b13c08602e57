import "server-only";
import type { Db } from "@/lib/db";
import { addWorkingDays, berlinDay, toDbDate } from "@/lib/domain/task-due";
import type { TaskKind } from "@/lib/generated/prisma/enums";
import { writeAudit } from "@/lib/server/audit";

export type TAutoKind = Exclude<TaskKind, "MANUAL">;

/** Stored titles (German, the product's first language); the UI shows the catalogue's `tasks.auto.<kind>`. */
export const AUTO_TASK_TITLES: Record<TAutoKind, string> = {
  FIRST_CONTACT: "Erstkontakt aufnehmen",
  COUNTERSIGN: "Gegenzeichnen",
  REVIEW_PROFILE: "Profiländerung prüfen",
  REMIND_AGREEMENT: "Erinnern",
};

/** Due dates of automatic tasks, from the Berlin day of `now`. */
export const autoDueDate = (kind: TAutoKind, now: Date) =>
  kind === "FIRST_CONTACT" ? addWorkingDays(berlinDay(now), 3) : berlinDay(now);

/** The partner's owner when it is an active coordinator, otherwise every active coordinator. */
async function assigneesFor(db: Db, partnerId: string): Promise<string[]> {
  const partner = await db.partner.findUnique({
    where: { id: partnerId },
    select: { owner: { select: { id: true, active: true, roles: true } } },
  });
  const owner = partner?.owner;
  if (owner?.active && owner.roles.some((r) => r === "COORDINATOR" || r === "ADMIN")) return [owner.id];
  const coordinators = await db.user.findMany({
    where: { active: true, OR: [{ roles: { has: "COORDINATOR" } }, { roles: { has: "ADMIN" } }] },
    select: { id: true },
    orderBy: { createdAt: "asc" },
  });
  return coordinators.map((c) => c.id);
}

/**
 * Opens the automatic task `kind` for `sourceId` (one per assignee), unless one is
 * already open. Call inside the transaction of the event that asks for it.
 */
export async function openAutoTask(db: Db, opts: { partnerId: string; kind: TAutoKind; sourceId: string; now?: Date; actorId?: string | null }) {
  const now = opts.now ?? new Date();
  const open = await db.task.count({ where: { kind: opts.kind, sourceId: opts.sourceId, status: "OPEN" } });
  if (open > 0) return [];
  const assignees = await assigneesFor(db, opts.partnerId);
  if (assignees.length === 0) return [];
  const dueDate = toDbDate(autoDueDate(opts.kind, now));
  const ids: string[] = [];
  for (const assigneeId of assignees) {
    const task = await db.task.create({
      data: { partnerId: opts.partnerId, kind: opts.kind, sourceId: opts.sourceId, title: AUTO_TASK_TITLES[opts.kind], dueDate, assigneeId, createdById: null },
      select: { id: true },
    });
    ids.push(task.id);
  }
  await writeAudit(db, {
    actorId: opts.actorId ?? null,
    action: "task.autoCreated",
    entity: "Partner",
    entityId: opts.partnerId,
    data: { taskIds: ids, kind: opts.kind, sourceId: opts.sourceId },
  });
  return ids;
}

/**
 * Closes the open automatic tasks of `kind` — for one source, or for every source
 * of a partner — because the thing they ask for is done.
 */
export async function closeAutoTasks(
  db: Db,
  opts: { kind: TAutoKind; partnerId: string; sourceId?: string; actorId: string | null; now?: Date },
) {
  const where = { kind: opts.kind, partnerId: opts.partnerId, status: "OPEN" as const, ...(opts.sourceId ? { sourceId: opts.sourceId } : {}) };
  const open = await db.task.findMany({ where, select: { id: true } });
  if (open.length === 0) return [];
  const ids = open.map((t) => t.id);
  await db.task.updateMany({
    where: { id: { in: ids } },
    data: { status: "DONE", completedAt: opts.now ?? new Date(), completedById: opts.actorId, version: { increment: 1 } },
  });
  await writeAudit(db, {
    actorId: opts.actorId,
    action: "task.autoClosed",
    entity: "Partner",
    entityId: opts.partnerId,
    data: { taskIds: ids, kind: opts.kind, sourceId: opts.sourceId ?? null },
  });
  return ids;
}
