import "server-only";
import { de } from "@/messages/de";
import { createTranslator } from "@/lib/i18n/translate";

// Mails go out in German, the alliance's language, whatever the sender's UI locale.
const t = createTranslator(de);

export const magicLinkMail = (url: string) => ({ subject: t("mail.magicLink.subject"), text: t("mail.magicLink.text", { url }) });
export const inviteMail = (url: string, partner: string | null) => ({
  subject: t("mail.invite.subject"),
  text: t(partner ? "mail.invite.textPartner" : "mail.invite.textCoordinator", { url, partner: partner ?? "" }),
});
export const resetMail = (url: string) => ({ subject: t("mail.reset.subject"), text: t("mail.reset.text", { url }) });
export const reviewMail = (approved: boolean, comment: string | null) => ({
  subject: t(approved ? "mail.review.approvedSubject" : "mail.review.rejectedSubject"),
  text: t(approved ? "mail.review.approvedText" : "mail.review.rejectedText", { comment: comment ?? "—" }),
});
