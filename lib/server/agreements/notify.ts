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

const t = createTranslator(de);

/**
 * Mails the partner's portal users, or else its primary contact, about an agreement
 * to sign; enqueued in the caller's transaction. Returns the number of recipients.
 */
export async function mailAgreementToPartner(db: Db, partnerId: string, agreementId: string, kind: "sent" | "reminder") {
  const users = await db.user.findMany({ where: { partnerId, active: true }, select: { email: true } });
  const primary = users.length ? null : await db.contactPerson.findFirst({ where: { partnerId, isPrimary: true }, select: { email: true } });
  const to = users.length ? users.map((u) => u.email) : primary?.email ? [primary.email] : [];
  const url = `${env().NEXTAUTH_URL ?? "http://localhost:3000"}/portal/agreements/${agreementId}`;
  await enqueueMails(db, to.map((address) => ({ to: address, subject: t(`mail.agreement.${kind}Subject`), text: t(`mail.agreement.${kind}Text`, { url }) })));
  return to.length;
}

export async function remindAgreement({ actor, agreementId }: { actor: TActor; agreementId: string }) {
  const agreement = await prisma.agreement.findUnique({ where: { id: agreementId } });
  if (!agreement) throw new AppError("NOT_FOUND");
  if (agreement.status !== "SENT") throw new AppError("CONFLICT", "agreement.transition", { reason: "transition" });
  return prisma.$transaction(async (tx) => {
    await tx.agreement.update({ where: { id: agreementId }, data: { lastReminderAt: new Date() } });
    await writeAudit(tx, { actorId: actor.id, action: "agreement.reminded", entity: "Partner", entityId: agreement.partnerId, data: { agreementId } });
    await onAgreementEvent(tx, { event: "reminded", agreementId, partnerId: agreement.partnerId, actorId: actor.id }); // [tasks hook]
    return { recipients: await mailAgreementToPartner(tx, agreement.partnerId, agreementId, "reminder") };
  });
}
