import "server-only";
import { prisma } from "@/lib/db";
import type { TActor } from "@/lib/auth/session";
import { emptyToNull } from "@/lib/validations/common";
import type { TActivityInput } from "@/lib/validations/activity";
import { writeAudit } from "@/lib/server/audit";
import { onFirstContactMade } from "@/lib/server/tasks/hooks";
import { loadPartnerForWrite } from "@/lib/server/partners/load-partner-for-write";

export async function logActivity({ actor, data }: { actor: TActor; data: TActivityInput }) {
  return prisma.$transaction(async (tx) => {
    await loadPartnerForWrite(tx, data.partnerId);
    const occurredAt = new Date(data.occurredAt);
    const activity = await tx.activity.create({
      data: {
        partnerId: data.partnerId,
        kind: data.kind,
        occurredAt,
        summary: data.summary.trim(),
        location: emptyToNull(data.location),
        authorId: actor.id,
      },
    });
    await tx.partner.update({ where: { id: data.partnerId }, data: { updatedAt: new Date() } });
    if (data.kind !== "NOTE") await onFirstContactMade(tx, { partnerId: data.partnerId, actorId: actor.id });
    await writeAudit(tx, {
      actorId: actor.id,
      action: "activity.logged",
      entity: "Partner",
      entityId: data.partnerId,
      data: { kind: data.kind, occurredAt: occurredAt.toISOString() },
    });
    return { id: activity.id };
  });
}
