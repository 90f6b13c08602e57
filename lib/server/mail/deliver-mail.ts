import "server-only";
import nodemailer from "nodemailer";
import { prisma } from "@/lib/db";
import { env } from "@/lib/env";
import { redactSecret } from "./redact";

const transports = new Map<string, nodemailer.Transporter>();

function transportFor(smtpUrl: string) {
  let transport = transports.get(smtpUrl);
  if (!transport) {
    // Short timeouts: a hanging server must fail the attempt well before the job expires (120 s).
    transport = nodemailer.createTransport({ url: smtpUrl, connectionTimeout: 15_000, greetingTimeout: 15_000, socketTimeout: 30_000 });
    transports.set(smtpUrl, transport);
  }
  return transport;
}

let warned = false;

export type TDeliveryResult = "sent" | "stored" | "skipped";

/**
 * The mail job: sends the outbox row through SMTP and marks it SENT. Without an
 * SMTP URL the outbox is the delivery: the row becomes STORED (readable at
 * /admin/outbox). A failure is recorded on the row and rethrown, so pg-boss retries;
 * after the last attempt the row is FAILED with the error. A row that is no longer
 * QUEUED (delivered before a crash, or already handled) is skipped. A sent or
 * failed mail loses its secret link (sign-in, invitation, reset) in the outbox.
 */
export async function deliverMail({ outboxId, lastAttempt, smtpUrl = env().SMTP_URL }: { outboxId: string; lastAttempt: boolean; smtpUrl?: string }): Promise<TDeliveryResult> {
  const mail = await prisma.outboxMail.findUnique({ where: { id: outboxId } });
  if (!mail || mail.status !== "QUEUED") return "skipped";
  if (!smtpUrl) {
    if (!warned) {
      console.info(JSON.stringify({ level: "info", msg: "SMTP_URL not set: e-mails are stored in the outbox (/admin/outbox)" }));
      warned = true;
    }
    await prisma.outboxMail.update({ where: { id: outboxId }, data: { status: "STORED" } });
    return "stored";
  }
  try {
    const attachments = await attachmentsOf(mail);
    await transportFor(smtpUrl).sendMail({ from: env().MAIL_FROM, to: mail.to, subject: mail.subject, text: mail.text, attachments });
  } catch (err) {
    const error = String(err).slice(0, 500);
    console.error(JSON.stringify({ level: "error", msg: "mail delivery failed", outboxId, lastAttempt, error }));
    const failed = lastAttempt ? { status: "FAILED" as const, ...withoutSecret(mail) } : {};
    await prisma.outboxMail.update({ where: { id: outboxId }, data: { attempts: { increment: 1 }, error, ...failed } });
    throw err;
  }
  await prisma.outboxMail.update({ where: { id: outboxId }, data: { status: "SENT", sentAt: new Date(), attempts: { increment: 1 }, error: null, ...withoutSecret(mail) } });
  return "sent";
}

/** Once SMTP has the mail (or gave up), the outbox keeps it without its secret link. */
const withoutSecret = (mail: { text: string; secret: string | null }) => (mail.secret ? { text: redactSecret(mail.text, mail.secret), secret: null } : {});

/** The attached stored file with its content type and file name (nodemailer attachments). */
async function attachmentsOf(mail: { attachmentFileId: string | null; attachmentName: string | null }) {
  if (!mail.attachmentFileId) return [];
  const file = await prisma.storedFile.findUnique({ where: { id: mail.attachmentFileId }, select: { bytes: true, contentType: true } });
  // The file is gone (erased): the mail still goes out, without it.
  if (!file) return [];
  return [{ filename: mail.attachmentName ?? "attachment", content: Buffer.from(file.bytes), contentType: file.contentType }];
}
