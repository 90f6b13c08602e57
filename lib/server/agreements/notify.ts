import "server-only";
import { prisma } from "@/lib/db";
import { env } from "@/lib/env";
import { createTranslator } from "@/lib/i18n/translate";
import { de } from "@/messages/de";
import { writeAudit } from "@/lib/server/audit";
import type { TActor } from "@/lib/auth/session";
import { AppError } from "@/lib/errors";
import { sendMail } from "@/lib/server/mail/send-mail";

const t = createTranslator(de);

/** Mails the partner's portal users, or else its primary contact, about an agreement to sign. */
export async function mailAgreementToPartner(partnerId: string, agreementId: string, kind: "sent" | "reminder", opts: { except?: string } = {}) {
  const [users, primary] = await Promise.all([
    prisma.user.findMany({ where: { partnerId, active: true }, select: { email: true } }),
    prisma.contactPerson.findFirst({ where: { partnerId, isPrimary: true }, select: { email: true } }),
  ]);
  const all = users.length ? users.map((u) => u.email) : kind === "sent" ? [] : primary?.email ? [primary.email] : [];
  const to = all.filter((a) => a.toLowerCase() !== opts.except?.toLowerCase());
  const url = `${env().NEXTAUTH_URL ?? "http://localhost:3000"}/portal/agreements/${agreementId}`;
  for (const address of to) {
    await sendMail({ to: address, subject: t(`mail.agreement.${kind}Subject`), text: t(`mail.agreement.${kind}Text`, { url }) });
  }
  return to.length;
}

export async function remindAgreement({ actor, agreementId }: { actor: TActor; agreementId: string }) {
  const agreement = await prisma.agreement.findUnique({ where: { id: agreementId } });
  if (!agreement) throw new AppError("NOT_FOUND");
  if (agreement.status !== "SENT") throw new AppError("CONFLICT", "agreement.transition", { reason: "transition" });
  const sent = await mailAgreementToPartner(agreement.partnerId, agreementId, "reminder");
  await prisma.$transaction(async (tx) => {
    await tx.agreement.update({ where: { id: agreementId }, data: { lastReminderAt: new Date() } });
    await writeAudit(tx, { actorId: actor.id, action: "agreement.reminded", entity: "Partner", entityId: agreement.partnerId, data: { agreementId } });
  });
  return { recipients: sent };
}
