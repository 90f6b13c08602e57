import "server-only";
import { prisma } from "@/lib/db";
import type { TActor } from "@/lib/auth/session";
import { AppError } from "@/lib/errors";
import type { MailStatus, TokenKind } from "@/lib/generated/prisma/enums";
import { writeAudit } from "@/lib/server/audit";
import { redactSecret } from "./redact";

/**
 * The outbox is no skeleton key. A mail's secret link (sign-in, invitation, reset)
 * is shown only when the outbox is how the mail reaches its recipient (STORED: no
 * SMTP), while its token is unused and unexpired, and only on the mail's own page,
 * where each opening is audited. An admin's own sign-in and reset mails are never
 * shown to another admin. Mails SMTP delivered were stored without their link.
 */
const select = {
  id: true,
  to: true,
  subject: true,
  text: true,
  status: true,
  attempts: true,
  error: true,
  createdAt: true,
  sentAt: true,
  secret: true,
  linkKind: true,
  token: { select: { usedAt: true, expiresAt: true } },
} as const;

type TRow = { to: string; text: string; status: MailStatus; secret: string | null; linkKind: TokenKind | null; token: { usedAt: Date | null; expiresAt: Date } | null };

export type TOutboxMail = {
  id: string;
  to: string;
  subject: string;
  status: MailStatus;
  attempts: number;
  error: string | null;
  createdAt: Date;
  sentAt: Date | null;
  /** null: not shown to this admin (another admin's own sign-in or reset mail). */
  text: string | null;
  /** The mail has a link that may be opened on its own page now. */
  liveLink: boolean;
};

const PERSONAL_LINKS: TokenKind[] = ["MAGIC", "RESET"];

/** The link can still be used, and the outbox is its only way to the recipient. */
export const isLinkLive = (row: TRow, now = new Date()) =>
  Boolean(row.secret && row.status === "STORED" && row.token && !row.token.usedAt && row.token.expiresAt > now);

function isHiddenFrom(row: TRow, viewer: TActor, adminEmails: Set<string>) {
  return Boolean(row.linkKind && PERSONAL_LINKS.includes(row.linkKind) && row.to !== viewer.email && adminEmails.has(row.to));
}

function toView<R extends TRow & Omit<TOutboxMail, "text" | "liveLink">>(row: R, viewer: TActor, adminEmails: Set<string>, reveal: boolean): TOutboxMail {
  const hidden = isHiddenFrom(row, viewer, adminEmails);
  const live = !hidden && isLinkLive(row);
  const text = hidden ? null : live && reveal ? row.text : row.secret ? redactSecret(row.text, row.secret) : row.text;
  return { id: row.id, to: row.to, subject: row.subject, status: row.status, attempts: row.attempts, error: row.error, createdAt: row.createdAt, sentAt: row.sentAt, text, liveLink: live };
}

async function adminEmails() {
  const admins = await prisma.user.findMany({ where: { roles: { has: "ADMIN" } }, select: { email: true } });
  return new Set(admins.map((a) => a.email));
}

/** The list: every secret link replaced by a note (open a mail to see a live one). */
export async function listOutbox({ viewer, page = 1, pageSize = 50 }: { viewer: TActor; page?: number; pageSize?: number }) {
  const [rows, admins] = await Promise.all([prisma.outboxMail.findMany({ orderBy: { createdAt: "desc" }, skip: (page - 1) * pageSize, take: pageSize, select }), adminEmails()]);
  return rows.map((row) => toView(row, viewer, admins, false));
}

/** One mail with its live link, if any; showing a live link is audited (who, when, which mail). */
export async function openOutboxMail({ viewer, id }: { viewer: TActor; id: string }): Promise<TOutboxMail> {
  const [row, admins] = await Promise.all([prisma.outboxMail.findUnique({ where: { id }, select }), adminEmails()]);
  if (!row) throw new AppError("NOT_FOUND");
  const view = toView(row, viewer, admins, true);
  if (view.liveLink) {
    await writeAudit(prisma, { actorId: viewer.id, action: "outbox.linkViewed", entity: "OutboxMail", entityId: row.id, data: { to: row.to, linkKind: row.linkKind } });
  }
  return view;
}
