import "server-only";
import { prisma } from "@/lib/db";
import type { TActor } from "@/lib/auth/session";
import { AppError } from "@/lib/errors";
import { fieldIdFromLabel, FIELD_OF_WORK_ID } from "@/lib/domain/fields-of-work";
import type { TFieldOfWorkCreate, TFieldOfWorkUpdate } from "@/lib/validations/field-of-work";
import { diffFields, writeAudit } from "@/lib/server/audit";
import { withConstraintMessages } from "@/lib/server/constraint-errors";

/** A coordinator adds a field of work; the id is given or derived from the German label. */
export async function createFieldOfWork({ actor, data }: { actor: TActor; data: TFieldOfWorkCreate }) {
  const id = data.id || fieldIdFromLabel(data.labelDe);
  if (!FIELD_OF_WORK_ID.test(id)) throw new AppError("VALIDATION", "settings.fieldsOfWork.errors.idNeeded", { fieldErrors: { id: "settings.fieldsOfWork.errors.idNeeded" } });
  return withConstraintMessages(() => prisma.$transaction(async (tx) => {
    // The primary key decides between two concurrent adds; the check gives the message.
    if (await tx.fieldOfWork.findUnique({ where: { id }, select: { id: true } })) {
      throw new AppError("VALIDATION", "settings.fieldsOfWork.errors.idTaken", { fieldErrors: { id: "settings.fieldsOfWork.errors.idTaken" } });
    }
    const row = await tx.fieldOfWork.create({
      data: { id, labelDe: data.labelDe.trim(), labelEn: data.labelEn.trim(), sortOrder: data.sortOrder, updatedById: actor.id },
      select: { id: true },
    });
    await writeAudit(tx, { actorId: actor.id, action: "fieldOfWork.created", entity: "Settings", entityId: `fieldOfWork:${id}`, data: { id, labelDe: data.labelDe.trim(), labelEn: data.labelEn.trim() } });
    return row;
  }));
}

/** Rename, reorder or (de)activate. A deactivated field stays on the partners that have it. */
export async function updateFieldOfWork({ actor, data }: { actor: TActor; data: TFieldOfWorkUpdate }) {
  return prisma.$transaction(async (tx) => {
    const current = await tx.fieldOfWork.findUnique({ where: { id: data.id } });
    if (!current) throw new AppError("NOT_FOUND");
    const next = { labelDe: data.labelDe.trim(), labelEn: data.labelEn.trim(), sortOrder: data.sortOrder, active: data.active };
    const { count } = await tx.fieldOfWork.updateMany({
      where: { id: data.id, version: data.version },
      data: { ...next, updatedById: actor.id, version: { increment: 1 } },
    });
    if (count === 0) throw new AppError("CONFLICT");
    const changes = diffFields(current as unknown as Record<string, unknown>, next);
    await writeAudit(tx, { actorId: actor.id, action: "fieldOfWork.updated", entity: "Settings", entityId: `fieldOfWork:${data.id}`, data: { id: data.id, changes } });
    return { id: data.id, version: data.version + 1 };
  });
}
