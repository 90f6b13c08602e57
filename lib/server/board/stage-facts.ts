import "server-only";
import type { Db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { TStageFacts } from "@/lib/domain/stage-rules";

/** Related rows the stage rules need; include this in a partner query. */
export const stageFactsInclude = {
  contacts: { where: { isPrimary: true }, select: { name: true, email: true, phone: true }, take: 1 },
  activities: { where: { kind: { in: ["MEETING", "PLENARY"] } }, select: { id: true }, take: 1 },
  agreements: { where: { status: "ACTIVE" }, select: { id: true }, take: 1 },
} satisfies Prisma.PartnerInclude;

type TWithFacts = Prisma.PartnerGetPayload<{ include: typeof stageFactsInclude }>;

export function toStageFacts(p: TWithFacts): TStageFacts {
  const primary = p.contacts[0];
  return {
    stage: p.stage,
    archived: p.archived,
    hasMeeting: p.activities.length > 0,
    hasReachablePrimaryContact: Boolean(primary && (primary.email || primary.phone)),
    hasActiveAgreement: p.agreements.length > 0,
    hasLogo: Boolean(p.logoFileId),
    descriptionBullets: p.description.filter((b) => b.trim()).length,
    hasPublicationConsent: Boolean(p.publicationConsentAt),
  };
}

/**
 * One query per relation, one after another: inside a transaction an `include`
 * makes Prisma send the relation queries concurrently on the transaction's single
 * connection, which pg deprecates ("client.query() when the client is already
 * executing a query") and pg 9 will refuse.
 */
export async function loadStageFacts(db: Db, id: string) {
  const base = await db.partner.findUnique({ where: { id } });
  if (!base) return null;
  const { contacts, activities, agreements } = stageFactsInclude;
  const partner: TWithFacts = {
    ...base,
    contacts: await db.contactPerson.findMany({ where: { partnerId: id, ...contacts.where }, select: contacts.select, take: 1 }),
    activities: await db.activity.findMany({ where: { partnerId: id, ...activities.where }, select: activities.select, take: 1 }),
    agreements: await db.agreement.findMany({ where: { partnerId: id, ...agreements.where }, select: agreements.select, take: 1 }),
  };
  return { partner, facts: toStageFacts(partner) };
}
