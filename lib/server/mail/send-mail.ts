import "server-only";
import nodemailer from "nodemailer";
import { prisma } from "@/lib/db";
import { env } from "@/lib/env";

export type TMail = { to: string; subject: string; text: string };

let transport: nodemailer.Transporter | null | undefined;
let warned = false;

function getTransport() {
  if (transport === undefined) {
    const url = env().SMTP_URL;
    transport = url ? nodemailer.createTransport(url) : null;
  }
  return transport;
}

/**
 * Sends through SMTP_URL when set; every mail is also recorded in OutboxMail.
 * Without SMTP_URL the outbox is the delivery: admins read it at /admin/outbox.
 * Call after the transaction that caused the mail has committed.
 */
export async function sendMail(mail: TMail) {
  const smtp = getTransport();
  if (!smtp) {
    if (!warned) {
      console.info(JSON.stringify({ level: "info", msg: "SMTP_URL not set: e-mails are stored in the outbox (/admin/outbox)" }));
      warned = true;
    }
    return prisma.outboxMail.create({ data: { ...mail, status: "STORED" } });
  }
  try {
    await smtp.sendMail({ from: env().MAIL_FROM, to: mail.to, subject: mail.subject, text: mail.text });
    return prisma.outboxMail.create({ data: { ...mail, status: "SENT", sentAt: new Date() } });
  } catch (err) {
    console.error(JSON.stringify({ level: "error", msg: "mail delivery failed", to: mail.to, error: String(err) }));
    return prisma.outboxMail.create({ data: { ...mail, status: "FAILED", error: String(err).slice(0, 500) } });
  }
}
