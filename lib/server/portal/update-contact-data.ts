import "server-only";
import { prisma } from "@/lib/db";
import type { TActor } from "@/lib/auth/session";
import { emptyToNull } from "@/lib/validations/common";
import type { TPartnerContactData } from "@/lib/validations/portal";
import { diffFields, writeAudit } from "@/lib/server/audit";
import { bumpPartnerVersion, loadPartnerForWrite } from "@/lib/server/partners/load-partner-for-write";

/** Non-public fields apply directly; the change is audited. */
export async function updateContactData({ actor, partnerId, data }: { actor: TActor; partnerId: string; data: TPartnerContactData }) {
  return prisma.$transaction(async (tx) => {
    const current = await loadPartnerForWrite(tx, partnerId);
    const values = {
      email: emptyToNull(data.email)?.toLowerCase() ?? null,
      phone: emptyToNull(data.phone),
      street: emptyToNull(data.street),
      postalCode: emptyToNull(data.postalCode),
      city: emptyToNull(data.city),
    };
    await bumpPartnerVersion(tx, partnerId, data.version, values);
    const changes = diffFields(current as unknown as Record<string, unknown>, values);
    await writeAudit(tx, { actorId: actor.id, action: "partner.updated", entity: "Partner", entityId: partnerId, data: { changes } });
    return { version: data.version + 1 };
  });
}
