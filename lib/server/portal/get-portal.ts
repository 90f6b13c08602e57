import "server-only";
import { prisma } from "@/lib/db";
import { AppError } from "@/lib/errors";

/** Everything the partner portal shows, always scoped to the caller's own partner. */
export async function getPortal(partnerId: string) {
  const [partner, contacts, pendingDraft, lastReview] = await Promise.all([
    prisma.partner.findUnique({
      where: { id: partnerId },
      select: {
        id: true, name: true, stage: true, archived: true, version: true, email: true, phone: true, street: true, postalCode: true,
        city: true, website: true, description: true, logoFileId: true, publicContactId: true, publicationConsentAt: true,
      },
    }),
    prisma.contactPerson.findMany({ where: { partnerId }, orderBy: [{ isPrimary: "desc" }, { name: "asc" }] }),
    prisma.profileDraft.findFirst({ where: { partnerId, status: "PENDING" }, orderBy: { submittedAt: "desc" } }),
    prisma.profileDraft.findFirst({
      where: { partnerId, status: { in: ["APPROVED", "REJECTED"] } },
      orderBy: { reviewedAt: "desc" },
      select: { status: true, reviewedAt: true, reviewComment: true },
    }),
  ]);
  if (!partner) throw new AppError("NOT_FOUND");
  return { partner, contacts, pendingDraft, lastReview };
}
export type TPortal = Awaited<ReturnType<typeof getPortal>>;
