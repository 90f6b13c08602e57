import "server-only";
import type { Db } from "@/lib/db";
import { enqueueMails } from "./enqueue-mail";

/** Mails every active user account of a partner (in the caller's transaction when given one). */
export async function notifyPartnerUsers(db: Db, partnerId: string, mail: { subject: string; text: string }) {
  const users = await db.user.findMany({ where: { partnerId, active: true }, select: { email: true } });
  await enqueueMails(db, users.map((u) => ({ to: u.email, ...mail })));
}

/** Mails every active coordinator and admin who wants mail at once (their setting; digest and "off" users read it in the app). */
export async function notifyCoordinators(db: Db, mail: { subject: string; text: string }) {
  const coordinators = await db.user.findMany({ where: { active: true, notifyEmail: "IMMEDIATE", roles: { hasSome: ["COORDINATOR", "ADMIN"] } }, select: { email: true } });
  await enqueueMails(db, coordinators.map((c) => ({ to: c.email, ...mail })));
}
