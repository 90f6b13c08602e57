import "server-only";
import { prisma } from "@/lib/db";
import type { TActor } from "@/lib/auth/session";
import { AppError } from "@/lib/errors";
import type { TArchivePartner, TRestorePartner } from "@/lib/validations/partner";
import { emptyToNull } from "@/lib/validations/common";
import { writeAudit } from "@/lib/server/audit";
import { bumpPartnerVersion, loadPartnerForWrite } from "./load-partner-for-write";

export async function archivePartner({ actor, data }: { actor: TActor; data: TArchivePartner }) {
  return prisma.$transaction(async (tx) => {
    const partner = await loadPartnerForWrite(tx, data.id);
    const reason = data.reason.trim();
    const at = new Date();
    await bumpPartnerVersion(tx, data.id, data.version, { archived: true, archivedReason: reason, archivedAt: at });
    // Typed history: archiving ends the stay in the current stage.
    await tx.stageChange.create({ data: { partnerId: data.id, kind: "ARCHIVE", fromStage: partner.stage, toStage: partner.stage, reason, actorId: actor.id, at } });
    await writeAudit(tx, { actorId: actor.id, action: "partner.archived", entity: "Partner", entityId: data.id, data: { reason } });
    return { id: data.id, version: data.version + 1 };
  });
}

export async function restorePartner({ actor, data }: { actor: TActor; data: TRestorePartner }) {
  return prisma.$transaction(async (tx) => {
    const partner = await loadPartnerForWrite(tx, data.id, { allowArchived: true });
    if (!partner.archived) throw new AppError("CONFLICT");
    await bumpPartnerVersion(tx, data.id, data.version, { archived: false, archivedReason: null, archivedAt: null });
    // Restoring starts a new stay in the stage the partner was archived in.
    await tx.stageChange.create({
      data: { partnerId: data.id, kind: "RESTORE", fromStage: partner.stage, toStage: partner.stage, reason: emptyToNull(data.reason), actorId: actor.id },
    });
    await writeAudit(tx, {
      actorId: actor.id,
      action: "partner.restored",
      entity: "Partner",
      entityId: data.id,
      data: { reason: emptyToNull(data.reason) },
    });
    return { id: data.id, version: data.version + 1 };
  });
}
