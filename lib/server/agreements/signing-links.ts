import "server-only";
import crypto from "node:crypto";
import { prisma, type Db } from "@/lib/db";
import { env } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { agreementFileName } from "@/lib/domain/agreement-file-name";
import { createTranslator } from "@/lib/i18n/translate";
import { enqueueMail, enqueueMails } from "@/lib/server/mail/enqueue-mail";
import { withConstraintMessages } from "@/lib/server/constraint-errors";
import { hashToken } from "@/lib/server/users/auth-token";
import type { TSignAgreement } from "@/lib/validations/agreement";
import { de } from "@/messages/de";
import { signAsPartner, type TRequestMeta } from "./transitions";

const t = createTranslator(de);
/** A personal signing link holds for 30 days (like a documenso recipient link). */
export const SIGNING_LINK_DAYS = 30;
const baseUrl = () => env().NEXTAUTH_URL ?? "http://localhost:3000";

/** Who gets the signing link: the primary contact with an e-mail, else the first contact with one. */
export async function signerFor(db: Db, partnerId: string) {
  return db.contactPerson.findFirst({
    where: { partnerId, email: { not: null } },
    orderBy: [{ isPrimary: "desc" }, { createdAt: "asc" }],
    select: { id: true, name: true, email: true },
  });
}

/**
 * Creates the personal link for an agreement being sent (inside its transaction).
 * Earlier unused links of the agreement stop working. Returns the raw token: only
 * its SHA-256 is stored.
 */
export async function createSigningLink(tx: Db, opts: { agreementId: string; partnerId: string; actorId: string; now?: Date }) {
  const signer = await signerFor(tx, opts.partnerId);
  if (!signer?.email) throw new AppError("CONFLICT", "agreements.sign.noSigner", { messageKey: "agreements.sign.noSigner" });
  const now = opts.now ?? new Date();
  await tx.signingToken.updateMany({ where: { agreementId: opts.agreementId, usedAt: null, expiresAt: { gt: now } }, data: { expiresAt: now } });
  const token = crypto.randomBytes(32).toString("base64url");
  await tx.signingToken.create({
    data: {
      agreementId: opts.agreementId, email: signer.email.toLowerCase(), signerName: signer.name, contactPersonId: signer.id, tokenHash: hashToken(token),
      expiresAt: new Date(now.getTime() + SIGNING_LINK_DAYS * 86_400_000), createdById: opts.actorId,
    },
  });
  return { token, email: signer.email.toLowerCase(), name: signer.name };
}

/**
 * Mails the signer their personal link with the generated PDF attached (the bytes they
 * sign), enqueued in the sending (or reminding) transaction.
 */
export async function mailSigningLink(db: Db, link: { token: string; email: string; name: string }, opts: { agreementId: string; partnerName: string; reminder?: boolean }) {
  const url = `${baseUrl()}/sign/${link.token}`;
  const doc = await db.agreementDocument.findFirst({
    where: { agreementId: opts.agreementId, kind: "GENERATED" }, orderBy: { createdAt: "desc" }, select: { fileId: true, kind: true, partnerName: true, createdAt: true },
  });
  const kind = opts.reminder ? "linkReminder" : "link";
  await enqueueMail(db, {
    to: link.email,
    subject: t(`mail.agreement.${kind}Subject`, { partner: opts.partnerName }),
    text: t(`mail.agreement.${kind}Text`, { name: link.name, url, days: SIGNING_LINK_DAYS }),
    ...(doc ? { attachment: { fileId: doc.fileId, filename: agreementFileName(doc.kind, doc.partnerName ?? opts.partnerName, doc.createdAt) } } : {}),
  });
}

/**
 * After the countersignature: the partner's signer gets the final document (both
 * signatures and the certificate) as an attachment, enqueued in the countersigning
 * transaction. They may have no account, so the mail is their copy.
 */
export async function mailFinalCopy(db: Db, opts: { to: string; name: string; partnerName: string; document: { fileId: string; partnerName: string | null; createdAt: Date } }) {
  const { document: doc } = opts;
  await enqueueMail(db, {
    to: opts.to,
    subject: t("mail.agreement.finalSubject", { partner: opts.partnerName }),
    text: t("mail.agreement.finalText", { name: opts.name, verifyUrl: `${baseUrl()}/verify` }),
    attachment: { fileId: doc.fileId, filename: agreementFileName("SIGNED", doc.partnerName ?? opts.partnerName, doc.createdAt) },
  });
}

/** A usable link (not used, not expired, agreement still waiting for the partner's signature), or null. */
export async function findSigningLink(token: string, now = new Date()) {
  if (!/^[A-Za-z0-9_-]{20,100}$/.test(token)) return null;
  const row = await prisma.signingToken.findUnique({
    where: { tokenHash: hashToken(token) },
    include: { agreement: { select: { id: true, status: true, version: true, partnerId: true, partner: { select: { name: true } } } } },
  });
  if (!row || row.usedAt || row.expiresAt <= now || row.agreement.status !== "SENT") return null;
  const doc = await prisma.agreementDocument.findFirst({ where: { agreementId: row.agreementId, kind: "GENERATED" }, orderBy: { createdAt: "desc" }, select: { id: true, sha256: true } });
  return doc ? { ...row, document: doc } : null;
}

/** When a link was already used to sign: its time, so the page can thank instead of refusing; else null. */
export async function usedSigningLink(token: string) {
  if (!/^[A-Za-z0-9_-]{20,100}$/.test(token)) return null;
  const row = await prisma.signingToken.findUnique({ where: { tokenHash: hashToken(token) }, select: { usedAt: true } });
  return row?.usedAt ? { usedAt: row.usedAt } : null;
}

/**
 * Signs through a personal link: the token is consumed in the same transaction as the
 * signature (single use, also under concurrency), and the signature records the
 * e-mail address the link was sent to. No account is needed.
 */
export async function signWithLink({ token, data, meta, now = new Date() }: { token: string; data: TSignAgreement; meta: TRequestMeta; now?: Date }) {
  const invalid = () => new AppError("NOT_FOUND", "agreements.sign.linkInvalid", { messageKey: "agreements.sign.linkInvalid" });
  return withConstraintMessages(() =>
    prisma.$transaction(async (tx) => {
      const row = await tx.signingToken.findUnique({ where: { tokenHash: hashToken(token) } });
      if (!row || row.agreementId !== data.agreementId) throw invalid();
      const { count } = await tx.signingToken.updateMany({ where: { id: row.id, usedAt: null, expiresAt: { gt: now } }, data: { usedAt: now } });
      if (count !== 1) throw invalid();
      const result = await signAsPartner(tx, { signer: { email: row.email, userId: null, contactPersonId: row.contactPersonId }, data, meta });
      await notifyCoordinationOfSignature(tx, result);
      return result;
    }),
  );
}

/**
 * When a partner signed: the partner's owner, or every coordinator when there is none,
 * gets an e-mail, enqueued in the signing transaction.
 */
export async function notifyCoordinationOfSignature(db: Db, signed: { agreementId: string; partnerName: string; ownerId: string | null }) {
  // Only people who chose "immediately"; the others see it in the app and in their digest.
  const owner = signed.ownerId ? await db.user.findFirst({ where: { id: signed.ownerId, active: true }, select: { email: true, notifyEmail: true } }) : null;
  const to = owner
    ? owner.notifyEmail === "IMMEDIATE" ? [owner.email] : []
    : (await db.user.findMany({ where: { active: true, notifyEmail: "IMMEDIATE", roles: { hasSome: ["COORDINATOR", "ADMIN"] } }, select: { email: true } })).map((u) => u.email);
  const url = `${baseUrl()}/agreements/${signed.agreementId}`;
  await enqueueMails(
    db,
    to.map((address) => ({ to: address, subject: t("mail.agreement.partnerSignedSubject", { partner: signed.partnerName }), text: t("mail.agreement.partnerSignedText", { partner: signed.partnerName, url }) })),
  );
  return to.length;
}
