import "server-only";
import type { Tx } from "@/lib/db";
import { env } from "@/lib/env";
import { createTranslator } from "@/lib/i18n/translate";
import { notifyCoordinators, notifyPartnerUsers } from "@/lib/server/mail/notify";
import { de } from "@/messages/de";

// Mails go out in German, the alliance's language. Each is enqueued in the
// transaction of the write it reports on (lib/server/mail/enqueue-mail.ts).
const t = createTranslator(de);
const baseUrl = () => env().NEXTAUTH_URL ?? "http://localhost:3000";

type TFeedbackMail = { feedbackId: string; partnerId: string; partnerName: string; title: string; body: string; authorName: string };

export const notifyNewFeedback = (tx: Tx, f: TFeedbackMail & { kind: "PROBLEM" | "SUGGESTION" }) =>
  notifyCoordinators(tx, {
    subject: t("feedback.mail.newSubject", { partner: f.partnerName, title: f.title }),
    text: t("feedback.mail.newText", {
      author: f.authorName,
      partner: f.partnerName,
      kind: t(`feedback.kind.${f.kind}`),
      title: f.title,
      body: f.body,
      url: `${baseUrl()}/feedback/${f.feedbackId}`,
    }),
  });

export const notifyPartnerReply = (tx: Tx, f: TFeedbackMail) =>
  notifyCoordinators(tx, {
    subject: t("feedback.mail.partnerReplySubject", { partner: f.partnerName, title: f.title }),
    text: t("feedback.mail.partnerReplyText", { author: f.authorName, partner: f.partnerName, title: f.title, body: f.body, url: `${baseUrl()}/feedback/${f.feedbackId}` }),
  });

export const notifyCoordinatorReply = (tx: Tx, f: TFeedbackMail & { status: "OPEN" | "IN_PROGRESS" | "RESOLVED" }) =>
  notifyPartnerUsers(tx, f.partnerId, {
    subject: t("feedback.mail.coordinatorReplySubject", { title: f.title }),
    text: t("feedback.mail.coordinatorReplyText", {
      title: f.title,
      status: t(`feedback.status.${f.status}`),
      body: f.body,
      url: `${baseUrl()}/portal/feedback/${f.feedbackId}`,
    }),
  });
