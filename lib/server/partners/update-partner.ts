import "server-only";
import { prisma } from "@/lib/db";
import type { TActor } from "@/lib/auth/session";
import type { TPartnerUpdate } from "@/lib/validations/partner";
import { diffFields, writeAudit } from "@/lib/server/audit";
import { toPartnerColumns } from "./partner-data";
import { bumpPartnerVersion, loadPartnerForWrite } from "./load-partner-for-write";

export async function updatePartner({ actor, data }: { actor: TActor; data: TPartnerUpdate }) {
  const { id, version, ...input } = data;
  return prisma.$transaction(async (tx) => {
    const current = await loadPartnerForWrite(tx, id);
    const columns = toPartnerColumns(input);
    await bumpPartnerVersion(tx, id, version, columns);
    const { sortName: _ignored, ...visible } = columns;
    const changes = diffFields(current as unknown as Record<string, unknown>, visible);
    await writeAudit(tx, { actorId: actor.id, action: "partner.updated", entity: "Partner", entityId: id, data: { changes } });
    return { id, version: version + 1 };
  });
}
