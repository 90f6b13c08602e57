import "server-only";
import { prisma } from "@/lib/db";
import { env } from "@/lib/env";
import { createTranslator } from "@/lib/i18n/translate";
import { sendMail } from "@/lib/server/mail/send-mail";
import { notifyPartnerUsers } from "@/lib/server/mail/notify";
import { de } from "@/messages/de";

// Mails go out in German, the alliance's language.
const t = createTranslator(de);
const baseUrl = () => env().NEXTAUTH_URL ?? "http://localhost:3000";

type TFeedbackMail = { feedbackId: string; partnerId: string; partnerName: string; title: string; body: string; authorName: string };

async function mailCoordinators(mail: { subject: string; text: string }) {
  const coordinators = await prisma.user.findMany({ where: { active: true, roles: { hasSome: ["COORDINATOR", "ADMIN"] } }, select: { email: true } });
  for (const c of coordinators) await sendMail({ to: c.email, ...mail });
}

/** A notification must never undo or fail the write it reports on: errors are logged. */
async function safely(what: string, fn: () => Promise<void>) {
  try {
    await fn();
  } catch (err) {
    console.error(JSON.stringify({ level: "error", msg: `feedback notification failed: ${what}`, error: String(err) }));
  }
}

export const notifyNewFeedback = (f: TFeedbackMail & { kind: "PROBLEM" | "SUGGESTION" }) =>
  safely("new", () =>
    mailCoordinators({
      subject: t("feedback.mail.newSubject", { partner: f.partnerName, title: f.title }),
      text: t("feedback.mail.newText", {
        author: f.authorName,
        partner: f.partnerName,
        kind: t(`feedback.kind.${f.kind}`),
        title: f.title,
        body: f.body,
        url: `${baseUrl()}/feedback/${f.feedbackId}`,
      }),
    }),
  );

export const notifyPartnerReply = (f: TFeedbackMail) =>
  safely("partner reply", () =>
    mailCoordinators({
      subject: t("feedback.mail.partnerReplySubject", { partner: f.partnerName, title: f.title }),
      text: t("feedback.mail.partnerReplyText", { author: f.authorName, partner: f.partnerName, title: f.title, body: f.body, url: `${baseUrl()}/feedback/${f.feedbackId}` }),
    }),
  );

export const notifyCoordinatorReply = (f: TFeedbackMail & { status: "OPEN" | "IN_PROGRESS" | "RESOLVED" }) =>
  safely("coordinator reply", () =>
    notifyPartnerUsers(f.partnerId, {
      subject: t("feedback.mail.coordinatorReplySubject", { title: f.title }),
      text: t("feedback.mail.coordinatorReplyText", {
        title: f.title,
        status: t(`feedback.status.${f.status}`),
        body: f.body,
        url: `${baseUrl()}/portal/feedback/${f.feedbackId}`,
      }),
    }),
  );
