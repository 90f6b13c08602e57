import "server-only";
import { prisma } from "@/lib/db";
import { partnerFieldsSelect } from "@/lib/server/fields-of-work/queries";

export type TPublicContact = { name: string; function: string | null; email: string | null; phone: string | null };
export type TPublicPartner = {
  id: string;
  name: string;
  description: string[];
  website: string | null;
  /** Path on this app (`/api/files/…`); the feed makes it absolute. */
  logoPath: string | null;
  /** Active fields only, with their German label (the public side is German). */
  fieldsOfWork: { id: string; label: string }[];
  contact: TPublicContact | null;
};

/** The published directory: only what the partner approved and consented to. */
export const publicPartnerWhere = { stage: "PUBLISHED", archived: false, publicationConsentAt: { not: null } } as const;

/**
 * Partners that are PUBLISHED, not archived and consented to publication, with
 * their approved profile (Partner columns, never drafts). A contact person is
 * shown only when it is the chosen public contact of that same partner and has
 * consented itself.
 */
export async function loadPublicDirectory(): Promise<TPublicPartner[]> {
  const partners = await prisma.partner.findMany({
    where: publicPartnerWhere,
    orderBy: { sortName: "asc" },
    select: { id: true, name: true, description: true, website: true, logoFileId: true, fieldsOfWork: partnerFieldsSelect, publicContactId: true },
  });
  const contactIds = partners.map((p) => p.publicContactId).filter((id): id is string => Boolean(id));
  const contacts = contactIds.length
    ? await prisma.contactPerson.findMany({
        where: { id: { in: contactIds }, publicConsent: true },
        select: { id: true, partnerId: true, name: true, function: true, email: true, phone: true },
      })
    : [];
  const byId = new Map(contacts.map((c) => [c.id, c]));
  return partners.map((p) => {
    const c = p.publicContactId ? byId.get(p.publicContactId) : undefined;
    return {
      id: p.id,
      name: p.name,
      description: p.description.map((b) => b.trim()).filter(Boolean),
      website: p.website && /^https?:\/\//i.test(p.website) ? p.website : null,
      logoPath: p.logoFileId ? `/api/files/${p.logoFileId}` : null,
      fieldsOfWork: p.fieldsOfWork.filter((r) => r.fieldOfWork.active).map((r) => ({ id: r.fieldOfWork.id, label: r.fieldOfWork.labelDe })),
      contact: c && c.partnerId === p.id ? { name: c.name, function: c.function, email: c.email, phone: c.phone } : null,
    };
  });
}
