import "server-only";
import { prisma } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { partnerFieldsSelect } from "@/lib/server/fields-of-work/queries";

export const draftInclude = {
  submittedBy: { select: { name: true } },
  partner: { select: { id: true, name: true, description: true, website: true, logoFileId: true, publicContactId: true } },
} as const;

/** Everything the coordinator's partner page shows, in parallel queries. */
export async function getPartnerDetail(id: string) {
  const [partner, contacts, activities, stageChanges, audit, accounts, pendingDraft] = await Promise.all([
    prisma.partner.findUnique({ where: { id }, include: { owner: { select: { id: true, name: true } }, fieldsOfWork: partnerFieldsSelect } }),
    prisma.contactPerson.findMany({ where: { partnerId: id }, orderBy: [{ isPrimary: "desc" }, { name: "asc" }] }),
    prisma.activity.findMany({
      where: { partnerId: id },
      orderBy: { occurredAt: "desc" },
      take: 100,
      include: { author: { select: { name: true } } },
    }),
    prisma.stageChange.findMany({
      where: { partnerId: id },
      orderBy: { at: "desc" },
      take: 100,
      include: { actor: { select: { name: true } } },
    }),
    prisma.auditEvent.findMany({
      where: { entity: "Partner", entityId: id },
      orderBy: { at: "desc" },
      take: 100,
      include: { actor: { select: { name: true } } },
    }),
    prisma.user.findMany({ where: { partnerId: id }, select: { email: true, active: true } }),
    prisma.profileDraft.findFirst({ where: { partnerId: id, status: "PENDING" }, orderBy: { submittedAt: "desc" }, include: draftInclude }),
  ]);
  if (!partner) throw new AppError("NOT_FOUND");
  return { partner, contacts, activities, stageChanges, audit, accounts, pendingDraft };
}

export type TPartnerDetail = Awaited<ReturnType<typeof getPartnerDetail>>;

/** The editable fields of a partner, for the edit form; archived partners cannot be edited. */
export async function getPartnerForEdit(id: string) {
  const p = await prisma.partner.findUnique({ where: { id }, include: { fieldsOfWork: partnerFieldsSelect } });
  if (!p) throw new AppError("NOT_FOUND");
  if (p.archived) throw new AppError("ARCHIVED");
  return p;
}

/** A partner and its primary contact, for the documents generated from them (agreement, accession form). */
export async function getPartnerWithPrimaryContact(id: string) {
  const [partner, primaryContact] = await Promise.all([
    prisma.partner.findUnique({ where: { id }, include: { fieldsOfWork: partnerFieldsSelect } }),
    prisma.contactPerson.findFirst({ where: { partnerId: id, isPrimary: true } }),
  ]);
  if (!partner) throw new AppError("NOT_FOUND");
  return { partner, primaryContact };
}
