import "server-only";
import { prisma, type Db } from "@/lib/db";
import type { TActor } from "@/lib/auth/session";
import { AppError } from "@/lib/errors";
import { dateOnly, toDbDate } from "@/lib/domain/task-due";
import { diffFields, writeAudit } from "@/lib/server/audit";
import { loadPartnerForWrite } from "@/lib/server/partners/load-partner-for-write";
import { onFirstContactMade, onTaskAssigned } from "./hooks";
import { emptyToNull } from "@/lib/validations/common";
import type { TCompleteTask, TCreateTask, TReopenTask, TTaskFields, TUpdateTask } from "@/lib/validations/task";

/** The assignee must be an active coordinator (or admin); a field error otherwise. */
export async function assertAssignable(db: Db, userId: string, field = "assigneeId") {
  const user = await db.user.findUnique({ where: { id: userId }, select: { active: true, roles: true } });
  if (!user || !user.active || !user.roles.some((r) => r === "COORDINATOR" || r === "ADMIN")) {
    throw new AppError("VALIDATION", "assignee", { fieldErrors: { [field]: "tasks.errors.assignee" } });
  }
}

const toColumns = (f: TTaskFields) => ({
  title: f.title.trim(),
  note: emptyToNull(f.note),
  dueDate: toDbDate(f.dueDate),
  dueTime: f.dueTime || null,
  assigneeId: f.assigneeId,
});

async function insertTask(tx: Db, actor: TActor, partnerId: string, fields: TTaskFields, fieldPrefix = "") {
  await assertAssignable(tx, fields.assigneeId, `${fieldPrefix}assigneeId`);
  const task = await tx.task.create({ data: { partnerId, ...toColumns(fields), createdById: actor.id } });
  await writeAudit(tx, {
    actorId: actor.id,
    action: "task.created",
    entity: "Partner",
    entityId: partnerId,
    data: { taskId: task.id, title: task.title, dueDate: fields.dueDate, assigneeId: fields.assigneeId },
  });
  await onTaskAssigned(tx, { partnerId, assigneeId: task.assigneeId, title: task.title, actorId: actor.id });
  return task;
}

export async function createTask({ actor, data }: { actor: TActor; data: TCreateTask }) {
  return prisma.$transaction(async (tx) => {
    await loadPartnerForWrite(tx, data.partnerId);
    const task = await insertTask(tx, actor, data.partnerId, data);
    return { id: task.id };
  });
}

/** Loads a task for a change and checks its version (optimistic lock). */
async function loadTaskForWrite(tx: Db, id: string, version: number) {
  const task = await tx.task.findUnique({ where: { id } });
  if (!task) throw new AppError("NOT_FOUND");
  if (task.version !== version) throw new AppError("CONFLICT");
  await loadPartnerForWrite(tx, task.partnerId);
  return task;
}

async function bumpTask(tx: Db, id: string, version: number, data: object) {
  const { count } = await tx.task.updateMany({ where: { id, version }, data: { ...data, version: { increment: 1 } } });
  if (count === 0) throw new AppError("CONFLICT");
}

export async function updateTask({ actor, data }: { actor: TActor; data: TUpdateTask }) {
  return prisma.$transaction(async (tx) => {
    const task = await loadTaskForWrite(tx, data.id, data.version);
    if (task.assigneeId !== data.assigneeId) await assertAssignable(tx, data.assigneeId);
    const next = toColumns(data);
    const changes = diffFields(
      { title: task.title, note: task.note, dueDate: dateOnly(task.dueDate), dueTime: task.dueTime, assigneeId: task.assigneeId },
      { ...next, dueDate: data.dueDate },
    );
    await bumpTask(tx, task.id, data.version, next);
    if (task.assigneeId !== data.assigneeId) await onTaskAssigned(tx, { partnerId: task.partnerId, assigneeId: data.assigneeId, title: next.title, actorId: actor.id });
    if (Object.keys(changes).length) {
      await writeAudit(tx, { actorId: actor.id, action: "task.updated", entity: "Partner", entityId: task.partnerId, data: { taskId: task.id, changes } });
    }
    return { id: task.id, partnerId: task.partnerId };
  });
}

/** Done, optionally logged as an activity and followed by the next task, all in one transaction. */
export async function completeTask({ actor, data, now = new Date() }: { actor: TActor; data: TCompleteTask; now?: Date }) {
  return prisma.$transaction(async (tx) => {
    const task = await loadTaskForWrite(tx, data.id, data.version);
    if (task.status === "DONE") throw new AppError("CONFLICT");
    await bumpTask(tx, task.id, data.version, { status: "DONE", completedAt: now, completedById: actor.id });
    // An automatic task given to every coordinator is done for all of them.
    if (task.kind !== "MANUAL" && task.sourceId) {
      await tx.task.updateMany({
        where: { kind: task.kind, sourceId: task.sourceId, status: "OPEN", NOT: { id: task.id } },
        data: { status: "DONE", completedAt: now, completedById: actor.id, version: { increment: 1 } },
      });
    }
    let activityId: string | null = null;
    if (data.logActivity) {
      const activity = await tx.activity.create({
        data: { partnerId: task.partnerId, kind: data.activity.kind, occurredAt: now, summary: data.activity.summary.trim(), authorId: actor.id },
      });
      activityId = activity.id;
      await writeAudit(tx, { actorId: actor.id, action: "activity.logged", entity: "Partner", entityId: task.partnerId, data: { kind: data.activity.kind, occurredAt: now.toISOString() } });
      if (data.activity.kind !== "NOTE") await onFirstContactMade(tx, { partnerId: task.partnerId, actorId: actor.id });
    }
    let nextTaskId: string | null = null;
    if (data.scheduleNext) nextTaskId = (await insertTask(tx, actor, task.partnerId, data.next, "next.")).id;
    await writeAudit(tx, { actorId: actor.id, action: "task.completed", entity: "Partner", entityId: task.partnerId, data: { taskId: task.id, activityId, nextTaskId } });
    await tx.partner.update({ where: { id: task.partnerId }, data: { updatedAt: now } });
    return { id: task.id, partnerId: task.partnerId, activityId, nextTaskId };
  });
}

export async function reopenTask({ actor, data }: { actor: TActor; data: TReopenTask }) {
  return prisma.$transaction(async (tx) => {
    const task = await loadTaskForWrite(tx, data.id, data.version);
    if (task.status === "OPEN") throw new AppError("CONFLICT");
    await bumpTask(tx, task.id, data.version, { status: "OPEN", completedAt: null, completedById: null });
    await writeAudit(tx, { actorId: actor.id, action: "task.reopened", entity: "Partner", entityId: task.partnerId, data: { taskId: task.id } });
    return { id: task.id, partnerId: task.partnerId };
  });
}
