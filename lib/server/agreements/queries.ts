import "server-only";
import { prisma } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { isOverdue, REMINDER_AFTER_DAYS } from "@/lib/domain/agreement-status";
import type { AgreementStatus } from "@/lib/generated/prisma/enums";
import { signatureSelect } from "./signatures";
import { signerFor } from "./signing-links";

const listSelect = {
  id: true, status: true, version: true, sentAt: true, activatedAt: true, partnerSignedAt: true, createdAt: true, revokeReason: true, paperSigned: true, lastReminderAt: true,
  partner: { select: { id: true, name: true } },
  valuesVersion: { select: { version: true } },
  documents: { select: { id: true, kind: true, sha256: true, createdAt: true }, orderBy: { createdAt: "desc" as const } },
} as const;

/** The coordinators' overview; overdue = waiting for a signature for more than 14 days. */
export async function listAgreements(filter: { status?: AgreementStatus; overdue?: "1" }, now = new Date()) {
  const overdueBefore = new Date(now.getTime() - REMINDER_AFTER_DAYS * 86_400_000);
  const rows = await prisma.agreement.findMany({
    where: {
      ...(filter.status ? { status: filter.status } : {}),
      ...(filter.overdue ? { status: { in: ["SENT", "SIGNED_BY_PARTNER"] }, sentAt: { lt: overdueBefore } } : {}),
    },
    orderBy: [{ updatedAt: "desc" }],
    take: 200,
    select: listSelect,
  });
  return rows.map((a) => ({
    ...a,
    overdue: isOverdue(a.status, a.sentAt, now),
    waitingDays: a.sentAt ? Math.floor((now.getTime() - a.sentAt.getTime()) / 86_400_000) : 0,
  }));
}

export function listPartnerAgreements(partnerId: string) {
  return prisma.agreement.findMany({ where: { partnerId }, orderBy: { createdAt: "desc" }, select: listSelect });
}

/** One agreement with its documents; partner callers only see their own, and never drafts. */
export async function getAgreement(id: string, scope: { partnerId?: string } = {}) {
  const agreement = await prisma.agreement.findUnique({
    where: { id },
    select: {
      ...listSelect, partnerId: true, declinedAt: true, revokedAt: true,
      signatures: { select: signatureSelect, orderBy: [{ signedAt: "asc" as const }] },
    },
  });
  if (!agreement) throw new AppError("NOT_FOUND");
  if (scope.partnerId && (agreement.partnerId !== scope.partnerId || agreement.status === "DRAFT")) throw new AppError("NOT_FOUND");
  return agreement;
}

/** A document's bytes, for download: coordinators, or the partner it belongs to (not drafts). */
export async function getAgreementDocument(documentId: string, scope: { partnerId?: string } = {}) {
  const doc = await prisma.agreementDocument.findUnique({
    where: { id: documentId },
    include: { file: true, agreement: { select: { partnerId: true, status: true, partner: { select: { name: true } } } } },
  });
  if (!doc) return null;
  if (scope.partnerId && (doc.agreement.partnerId !== scope.partnerId || doc.agreement.status === "DRAFT")) return null;
  return doc;
}

/** The generated document a signer reads and signs (its hash is bound to the signature). */
export function getSignableDocument(agreementId: string) {
  return prisma.agreementDocument.findFirst({ where: { agreementId, kind: "GENERATED" }, orderBy: { createdAt: "desc" }, select: { id: true, sha256: true } });
}

/** Who would receive the signing link if the agreement were sent now (shown before sending), or null. */
export async function getSigner(partnerId: string) {
  const signer = await signerFor(prisma, partnerId);
  return signer?.email ? { name: signer.name, email: signer.email.toLowerCase() } : null;
}
