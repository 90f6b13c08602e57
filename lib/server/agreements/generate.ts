import "server-only";
import { prisma } from "@/lib/db";
import type { TActor } from "@/lib/auth/session";
import { AppError } from "@/lib/errors";
import { createTranslator } from "@/lib/i18n/translate";
import { renderAgreementPdf } from "@/lib/pdf/agreement-pdf";
import { writeAudit } from "@/lib/server/audit";
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
      fieldsOfWork: partner.fieldsOfWork.map((f) => t(`fieldsOfWork.${f}`)),
      circle: t(`circles.${partner.circle}`),
    },
    primaryContact: contact && { name: contact.name, function: contact.function, email: contact.email, phone: contact.phone },
    values: { version: values.version, text: values.valuesText },
    body: values.bodyText,
  });
  return { bytes, values };
}

/**
 * Generates a new agreement (DRAFT) from the partner's data and the current
 * values version, or a fresh document for an existing draft. The PDF is
 * rendered outside the transaction; storing it, the status and the audit are atomic.
 */
export async function generateAgreement({ actor, partnerId, agreementId }: { actor: TActor; partnerId: string; agreementId?: string }) {
  const existing = agreementId ? await prisma.agreement.findUnique({ where: { id: agreementId } }) : null;
  if (agreementId && (!existing || existing.partnerId !== partnerId)) throw new AppError("NOT_FOUND");
  if (existing && existing.status !== "DRAFT") throw new AppError("CONFLICT", "agreement.transition", { reason: "transition" });
  const id = existing?.id ?? (await prisma.agreement.create({ data: { partnerId, createdById: actor.id }, select: { id: true } })).id;
  try {
    const { bytes, values } = await pdfFor(partnerId, id);
    return await prisma.$transaction(async (tx) => {
      await tx.agreement.update({ where: { id }, data: { valuesVersionId: values.id, version: { increment: 1 } } });
      const doc = await storeAgreementDocument(tx, { agreementId: id, partnerId, kind: "GENERATED", bytes, actorId: actor.id });
      await writeAudit(tx, { actorId: actor.id, action: "agreement.generated", entity: "Partner", entityId: partnerId, data: { agreementId: id, sha256: doc.sha256, valuesVersion: values.version } });
      return { agreementId: id, sha256: doc.sha256 };
    });
  } catch (err) {
    // A new, empty draft must not stay behind when rendering failed.
    if (!existing) await prisma.agreement.update({ where: { id }, data: { status: "REVOKED", revokeReason: "generation failed", revokedAt: new Date() } });
    throw err;
  }
}
