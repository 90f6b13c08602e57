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

export async function loadStageFacts(db: Db, id: string) {
  const partner = await db.partner.findUnique({ where: { id }, include: stageFactsInclude });
  return partner ? { partner, facts: toStageFacts(partner) } : null;
}
