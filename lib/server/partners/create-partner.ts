import "server-only";
import type { TActor } from "@/lib/auth/session";
import type { TPartnerInput } from "@/lib/validations/partner";
import { writeAudit } from "@/lib/server/audit";
import { once } from "@/lib/server/idempotency/once";
import { assertFieldsOfWork } from "@/lib/server/fields-of-work/queries";
import { toPartnerColumns } from "./partner-data";

/** `requestId`: the form's idempotency key; a retried submit returns the first partner. */
export async function createPartner({ actor, data, requestId }: { actor: TActor; data: TPartnerInput; requestId?: string }) {
  return once({ actorId: actor.id, key: requestId, action: "partner.create" }, async (tx) => {
    const now = new Date();
    const fields = await assertFieldsOfWork(tx, data.fieldsOfWork);
    const partner = await tx.partner.create({
      data: {
        ...toPartnerColumns(data),
        stage: "CONTACTED",
        stageEnteredAt: now,
        ownerId: actor.id,
        fieldsOfWork: { create: fields.map((fieldOfWorkId) => ({ fieldOfWorkId })) },
      },
      select: { id: true, name: true },
    });
    await tx.stageChange.create({ data: { partnerId: partner.id, fromStage: null, toStage: "CONTACTED", actorId: actor.id, at: now } });
    await writeAudit(tx, { actorId: actor.id, action: "partner.created", entity: "Partner", entityId: partner.id, data: { name: partner.name } });
    return partner;
  });
}
