import "server-only";
import { prisma, type Db } from "@/lib/db";
import type { TActor } from "@/lib/auth/session";
import { AppError } from "@/lib/errors";
import { writeAudit } from "@/lib/server/audit";
import { bumpPartnerVersion, loadPartnerForWrite } from "@/lib/server/partners/load-partner-for-write";
import { assertAssignable } from "@/lib/server/tasks/write-tasks";
import type { TSetOwner, TSetOwners } from "@/lib/validations/task";

async function changeOwner(tx: Db, actor: TActor, partner: { id: string; ownerId: string | null }, version: number, ownerId: string | null) {
  if (partner.ownerId === ownerId) return false;
  await bumpPartnerVersion(tx, partner.id, version, { ownerId });
  await writeAudit(tx, { actorId: actor.id, action: "partner.ownerChanged", entity: "Partner", entityId: partner.id, data: { from: partner.ownerId, to: ownerId } });
  return true;
}

/** Sets or clears a partner's owner ("Zuständig"); optimistic lock on the partner's version. */
export async function setOwner({ actor, data }: { actor: TActor; data: TSetOwner }) {
  return prisma.$transaction(async (tx) => {
    const partner = await loadPartnerForWrite(tx, data.id);
    if (partner.version !== data.version) throw new AppError("CONFLICT");
    const ownerId = data.ownerId || null;
    if (ownerId) await assertAssignable(tx, ownerId, "ownerId");
    const changed = await changeOwner(tx, actor, partner, data.version, ownerId);
    return { id: partner.id, changed };
  });
}

/** The same for a selection of the partners table; each change is audited on its partner. */
export async function setOwners({ actor, data }: { actor: TActor; data: TSetOwners }) {
  return prisma.$transaction(async (tx) => {
    const ownerId = data.ownerId || null;
    if (ownerId) await assertAssignable(tx, ownerId, "ownerId");
    const partners = await tx.partner.findMany({ where: { id: { in: data.ids }, archived: false }, select: { id: true, ownerId: true, version: true } });
    let changed = 0;
    for (const p of partners) if (await changeOwner(tx, actor, p, p.version, ownerId)) changed++;
    return { changed, skipped: data.ids.length - partners.length };
  });
}
