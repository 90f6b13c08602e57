import "server-only";
import { prisma } from "@/lib/db";
import { sendMail } from "./send-mail";

/** Mails every active user account of a partner. */
export async function notifyPartnerUsers(partnerId: string, mail: { subject: string; text: string }) {
  const users = await prisma.user.findMany({ where: { partnerId, active: true }, select: { email: true } });
  for (const u of users) await sendMail({ to: u.email, ...mail });
}
