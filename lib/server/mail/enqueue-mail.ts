import "server-only";
import type PgBoss from "pg-boss";
import { prisma, type Db, type Tx } from "@/lib/db";
import { getBoss } from "@/lib/server/jobs/boss";
import { MAIL_QUEUE } from "@/lib/server/jobs/queues";
import { txExecutor } from "@/lib/server/jobs/sql-executor";

import type { TokenKind } from "@/lib/generated/prisma/enums";

/**
 * `link`: the secret link in `text` (sign-in, invitation, reset) and its token. The
 * outbox never keeps it once SMTP has the mail, and shows it only while the token is
 * unused and unexpired (lib/server/mail/outbox.ts).
 */
/**
 * `attachment`: a stored file sent along (the agreement PDF of a signing mail). Only
 * its id is kept in the outbox; the worker reads the bytes when it delivers.
 */
export type TMail = {
  to: string;
  subject: string;
  text: string;
  link?: { url: string; kind: TokenKind; tokenId: string | null };
  attachment?: { fileId: string; filename: string };
};
export type TMailJob = { outboxId: string };

const isTx = (db: Db): db is Tx => !("$transaction" in db);

/**
 * Records each mail in the outbox (QUEUED) and enqueues its delivery job in the
 * same transaction: call it with the `tx` of the write that causes the mail, and a
 * rollback leaves neither the row nor the job. Given the root client, it opens a
 * transaction of its own (for call sites that have none). `jobOptions` override the
 * queue's retry policy (QUEUE_OPTIONS; tests use short delays).
 */
export async function enqueueMails(db: Db, mails: TMail[], jobOptions: PgBoss.SendOptions = {}): Promise<string[]> {
  if (mails.length === 0) return [];
  if (!isTx(db)) return prisma.$transaction((tx) => enqueueMails(tx, mails, jobOptions));
  const boss = await getBoss();
  const ids: string[] = [];
  for (const mail of mails) {
    const link = mail.link ? { secret: mail.link.url, linkKind: mail.link.kind, tokenId: mail.link.tokenId } : {};
    const attachment = mail.attachment ? { attachmentFileId: mail.attachment.fileId, attachmentName: mail.attachment.filename } : {};
    const row = await db.outboxMail.create({ data: { to: mail.to, subject: mail.subject, text: mail.text, status: "QUEUED", ...link, ...attachment }, select: { id: true } });
    const data: TMailJob = { outboxId: row.id };
    const jobId = await boss.send(MAIL_QUEUE, data, { ...jobOptions, db: txExecutor(db) });
    if (!jobId) throw new Error(`mail job not created: queue "${MAIL_QUEUE}" missing`);
    ids.push(row.id);
  }
  return ids;
}

export const enqueueMail = (db: Db, mail: TMail) => enqueueMails(db, [mail]);
