import "server-only";
import crypto from "node:crypto";
import { prisma } from "@/lib/db";
import type { TActor } from "@/lib/auth/session";
import { AppError } from "@/lib/errors";
import { createTranslator } from "@/lib/i18n/translate";
import { renderAgreementPdf } from "@/lib/pdf/agreement-pdf";
import { writeAudit } from "@/lib/server/audit";
import { withConstraintMessages } from "@/lib/server/constraint-errors";
import { fieldNamesOf } from "@/lib/server/fields-of-work/queries";
import { de } from "@/messages/de";
import { getPartnerWithPrimaryContact } from "@/lib/server/partners/get-partner";
import { storeAgreementDocument } from "./store-document";

const t = createTranslator(de);

async function pdfFor(partnerId: string, agreementId: string) {
  const [{ partner, primaryContact: contact }, values] = await Promise.all([
    getPartnerWithPrimaryContact(partnerId),
    prisma.valuesVersion.findFirst({ orderBy: { version: "desc" } }),
  ]);
  if (partner.archived) throw new AppError("ARCHIVED");
  if (!values) throw new AppError("INTERNAL", "no values version");
  const bytes = await renderAgreementPdf({
    agreementId,
    date: new Date(),
    partner: {
      name: partner.name,
      street: partner.street,
      postalCode: partner.postalCode,
      city: partner.city,
      fieldsOfWork: fieldNamesOf(partner.fieldsOfWork, "de"),
      circle: t(`circles.${partner.circle}`),
    },
    primaryContact: contact && { name: contact.name, function: contact.function, email: contact.email, phone: contact.phone },
    values: { version: values.version, text: values.valuesText },
    body: values.bodyText,
  });
  return { bytes, values, partnerName: partner.name };
}

/** Statuses of an agreement that is still in the works: at most one per partner. */
export const OPEN_AGREEMENT_STATUSES = ["DRAFT", "SENT", "SIGNED_BY_PARTNER"] as const;

/**
 * Generates a new agreement (DRAFT) from the partner's data and the current
 * values version, or a fresh document for an existing draft. The PDF is rendered
 * first (with the new agreement's id); only then are the agreement, the document
 * and the audit written, in one transaction, so a refusal or a failed rendering
 * leaves nothing behind. A partner has at most one open agreement (also a
 * partial unique index, which decides between two concurrent generations).
 */
export async function generateAgreement({ actor, partnerId, agreementId }: { actor: TActor; partnerId: string; agreementId?: string }) {
  const existing = agreementId ? await prisma.agreement.findUnique({ where: { id: agreementId } }) : null;
  if (agreementId && (!existing || existing.partnerId !== partnerId)) throw new AppError("NOT_FOUND");
  if (existing && existing.status !== "DRAFT") throw new AppError("CONFLICT", "agreement.transition", { reason: "transition" });
  if (!existing) {
    const open = await prisma.agreement.findFirst({ where: { partnerId, status: { in: [...OPEN_AGREEMENT_STATUSES] } }, select: { id: true } });
    if (open) throw new AppError("CONFLICT", "constraints.oneOpenAgreement", { messageKey: "constraints.oneOpenAgreement", agreementId: open.id });
  }
  // Short like Prisma's cuid: the id is printed in the PDF.
  const id = existing?.id ?? crypto.randomBytes(12).toString("hex");
  const { bytes, values, partnerName } = await pdfFor(partnerId, id);
  return withConstraintMessages(() =>
    prisma.$transaction(async (tx) => {
      if (existing) await tx.agreement.update({ where: { id }, data: { valuesVersionId: values.id, version: { increment: 1 } } });
      else await tx.agreement.create({ data: { id, partnerId, createdById: actor.id, valuesVersionId: values.id } });
      const doc = await storeAgreementDocument(tx, { agreementId: id, partnerId, partnerName, kind: "GENERATED", bytes, actorId: actor.id });
      await writeAudit(tx, { actorId: actor.id, action: "agreement.generated", entity: "Partner", entityId: partnerId, data: { agreementId: id, sha256: doc.sha256, valuesVersion: values.version } });
      return { agreementId: id, sha256: doc.sha256 };
    }),
  );
}
