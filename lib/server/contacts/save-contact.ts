import "server-only";
import { prisma, type Db } from "@/lib/db";
import type { TActor } from "@/lib/auth/session";
import { AppError } from "@/lib/errors";
import { emptyToNull } from "@/lib/validations/common";
import type { TContactInput, TContactUpdate } from "@/lib/validations/contact";
import { diffFields, writeAudit } from "@/lib/server/audit";
import { withConstraintMessages } from "@/lib/server/constraint-errors";
import { loadPartnerForWrite } from "@/lib/server/partners/load-partner-for-write";

/** Consent to be shown publicly is recorded with who gave it and when. */
function consentColumns(actor: TActor, consent: boolean, previously: boolean) {
  if (consent === previously) return {};
  return consent ? { publicConsentAt: new Date(), publicConsentById: actor.id } : { publicConsentAt: null, publicConsentById: null };
}

function columns(input: TContactInput) {
  return {
    name: input.name.trim(),
    function: emptyToNull(input.function),
    email: emptyToNull(input.email)?.toLowerCase() ?? null,
    phone: emptyToNull(input.phone),
    isPrimary: input.isPrimary,
    publicConsent: input.publicConsent,
  };
}

/**
 * Only one primary contact per partner (a partial unique index holds it too):
 * the others are cleared in the same transaction, *before* the new primary is
 * written. Two concurrent "make primary" writes: the index lets one win and the
 * other gets "constraints.onePrimaryContact".
 */
async function clearOtherPrimaries(db: Db, partnerId: string, keepId: string | null) {
  await db.contactPerson.updateMany({
    where: { partnerId, isPrimary: true, ...(keepId ? { NOT: { id: keepId } } : {}) },
    data: { isPrimary: false, version: { increment: 1 } },
  });
}

export async function addContact({ actor, data }: { actor: TActor; data: TContactInput }) {
  return withConstraintMessages(() => prisma.$transaction(async (tx) => {
    await loadPartnerForWrite(tx, data.partnerId);
    const hasContacts = (await tx.contactPerson.count({ where: { partnerId: data.partnerId } })) > 0;
    // The first contact of a partner becomes primary by default.
    const values = { ...columns(data), isPrimary: data.isPrimary || !hasContacts };
    if (values.isPrimary) await clearOtherPrimaries(tx, data.partnerId, null);
    const contact = await tx.contactPerson.create({ data: { ...values, ...consentColumns(actor, values.publicConsent, false), partnerId: data.partnerId } });
    await tx.partner.update({ where: { id: data.partnerId }, data: { updatedAt: new Date() } });
    await writeAudit(tx, { actorId: actor.id, action: "contact.created", entity: "Partner", entityId: data.partnerId, data: { name: contact.name } });
    return { id: contact.id };
  }));
}

export async function updateContact({ actor, data }: { actor: TActor; data: TContactUpdate }) {
  return withConstraintMessages(() => prisma.$transaction(async (tx) => {
    await loadPartnerForWrite(tx, data.partnerId);
    const current = await tx.contactPerson.findFirst({ where: { id: data.id, partnerId: data.partnerId } });
    if (!current) throw new AppError("NOT_FOUND");
    const values = columns(data);
    if (values.isPrimary) await clearOtherPrimaries(tx, data.partnerId, data.id);
    const { count } = await tx.contactPerson.updateMany({
      where: { id: data.id, version: data.version },
      data: { ...values, ...consentColumns(actor, values.publicConsent, current.publicConsent), version: { increment: 1 } },
    });
    if (count === 0) throw new AppError("CONFLICT");
    const changes = diffFields(current as unknown as Record<string, unknown>, values);
    await writeAudit(tx, { actorId: actor.id, action: "contact.updated", entity: "Partner", entityId: data.partnerId, data: { changes } });
    return { id: data.id };
  }));
}

export async function setPrimaryContact({ actor, partnerId, contactId }: { actor: TActor; partnerId: string; contactId: string }) {
  return withConstraintMessages(() => prisma.$transaction(async (tx) => {
    await loadPartnerForWrite(tx, partnerId);
    const contact = await tx.contactPerson.findFirst({ where: { id: contactId, partnerId } });
    if (!contact) throw new AppError("NOT_FOUND");
    await clearOtherPrimaries(tx, partnerId, contactId);
    await tx.contactPerson.update({ where: { id: contactId }, data: { isPrimary: true, version: { increment: 1 } } });
    await writeAudit(tx, { actorId: actor.id, action: "contact.primarySet", entity: "Partner", entityId: partnerId, data: { contactId, name: contact.name } });
  }));
}
