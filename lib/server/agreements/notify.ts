import "server-only";
import { prisma, type Db } from "@/lib/db";
import { env } from "@/lib/env";
import { createTranslator } from "@/lib/i18n/translate";
import { de } from "@/messages/de";
import { writeAudit } from "@/lib/server/audit";
import type { TActor } from "@/lib/auth/session";
import { AppError } from "@/lib/errors";
import { onAgreementEvent } from "@/lib/server/tasks/hooks"; // [tasks hook]
import { enqueueMails } from "@/lib/server/mail/enqueue-mail";
import { createSigningLink, mailSigningLink } from "./signing-links";

const t = createTranslator(de);

/**
 * Mails the partner's portal users (other than `except`, the signer who gets a personal
 * link) about an agreement, with the portal link. Enqueued in the caller's
 * transaction. Returns the number of recipients.
 */
export async function mailAgreementToPartner(db: Db, partnerId: string, agreementId: string, kind: "sent" | "reminder", opts: { except?: string } = {}) {
  const users = await db.user.findMany({ where: { partnerId, active: true }, select: { email: true } });
  const to = users.map((u) => u.email).filter((a) => a.toLowerCase() !== opts.except?.toLowerCase());
  const url = `${env().NEXTAUTH_URL ?? "http://localhost:3000"}/portal/agreements/${agreementId}`;
  await enqueueMails(db, to.map((address) => ({ to: address, subject: t(`mail.agreement.${kind}Subject`), text: t(`mail.agreement.${kind}Text`, { url }) })));
  return to.length;
}

/**
 * A reminder for an agreement waiting for the partner's signature: the signer gets a
 * fresh personal signing link (earlier unused links stop working) with the PDF
 * attached; portal users other than the signer get the portal link as before. The
 * agreement row is locked first (status checked in the same statement), so two
 * reminders at once leave exactly one usable link.
 */
export async function remindAgreement({ actor, agreementId, now = new Date() }: { actor: TActor; agreementId: string; now?: Date }) {
  return prisma.$transaction(async (tx) => {
    const agreement = await tx.agreement.findUnique({ where: { id: agreementId }, select: { partnerId: true, partner: { select: { name: true } } } });
    if (!agreement) throw new AppError("NOT_FOUND");
    const { count } = await tx.agreement.updateMany({ where: { id: agreementId, status: "SENT" }, data: { lastReminderAt: now } });
    if (count !== 1) throw new AppError("CONFLICT", "agreement.transition", { reason: "transition" });
    const link = await createSigningLink(tx, { agreementId, partnerId: agreement.partnerId, actorId: actor.id, now });
    await mailSigningLink(tx, link, { agreementId, partnerName: agreement.partner.name, reminder: true });
    const others = await mailAgreementToPartner(tx, agreement.partnerId, agreementId, "reminder", { except: link.email });
    await writeAudit(tx, { actorId: actor.id, action: "agreement.reminded", entity: "Partner", entityId: agreement.partnerId, data: { agreementId, signerEmail: link.email } });
    await onAgreementEvent(tx, { event: "reminded", agreementId, partnerId: agreement.partnerId, actorId: actor.id }); // [tasks hook]
    return { recipients: 1 + others, signer: { name: link.name, email: link.email } };
  });
}
