import "server-only";
import { prisma } from "@/lib/db";
import type { TActor } from "@/lib/auth/session";
import type { TPartnerUpdate } from "@/lib/validations/partner";
import { diffFields, writeAudit } from "@/lib/server/audit";
import { assertFieldsOfWork } from "@/lib/server/fields-of-work/queries";
import { toPartnerColumns } from "./partner-data";
import { bumpPartnerVersion, loadPartnerForWrite } from "./load-partner-for-write";

export async function updatePartner({ actor, data }: { actor: TActor; data: TPartnerUpdate }) {
  const { id, version, ...input } = data;
  return prisma.$transaction(async (tx) => {
    const current = await loadPartnerForWrite(tx, id);
    const columns = toPartnerColumns(input);
    await bumpPartnerVersion(tx, id, version, columns);
    const before = (await tx.partnerFieldOfWork.findMany({ where: { partnerId: id }, select: { fieldOfWorkId: true } })).map((r) => r.fieldOfWorkId);
    const fields = await assertFieldsOfWork(tx, input.fieldsOfWork, before);
    const removed = before.filter((f) => !fields.includes(f));
    const added = fields.filter((f) => !before.includes(f));
    if (removed.length) await tx.partnerFieldOfWork.deleteMany({ where: { partnerId: id, fieldOfWorkId: { in: removed } } });
    if (added.length) await tx.partnerFieldOfWork.createMany({ data: added.map((fieldOfWorkId) => ({ partnerId: id, fieldOfWorkId })) });
    const { sortName: _ignored, ...visible } = columns;
    const changes = diffFields({ ...current, fieldsOfWork: [...before].sort() } as unknown as Record<string, unknown>, { ...visible, fieldsOfWork: [...fields].sort() });
    await writeAudit(tx, { actorId: actor.id, action: "partner.updated", entity: "Partner", entityId: id, data: { changes } });
    return { id, version: version + 1 };
  });
}
