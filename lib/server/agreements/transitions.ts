import "server-only";
import { prisma, type Db } from "@/lib/db";
import type { TActor } from "@/lib/auth/session";
import { AppError } from "@/lib/errors";
import type { Stage } from "@/lib/generated/prisma/enums";
import { blockersFor, stageIndex } from "@/lib/domain/stage-rules";
import { appendCertificate, type TSignature } from "@/lib/pdf/certificate";
import { certificateSignature } from "./signatures";
import { createSigningLink, mailFinalCopy, mailSigningLink, notifyCoordinationOfSignature } from "./signing-links";
import { findActiveContent } from "@/lib/pdf/active-content";
import { isPdf } from "@/lib/pdf/hash";
import { printableInPdf } from "@/lib/pdf/printable";
import { writeAudit } from "@/lib/server/audit";
import { withConstraintMessages } from "@/lib/server/constraint-errors";
import { loadStageFacts } from "@/lib/server/board/stage-facts";
import { moveStageIn } from "@/lib/server/board/move-stage";
import type { TRevokeAgreement, TSignAgreement } from "@/lib/validations/agreement";
import { latestDocument, loadForTransition, updateAgreement } from "./load";
import { mailAgreementToPartner } from "./notify";
import { storeAgreementDocument } from "./store-document";
import { onAgreementEvent } from "@/lib/server/tasks/hooks"; // [tasks hook]

export type TRequestMeta = { ip: string; userAgent: string };

/**
 * Sends the agreement: the named signer (primary contact with an e-mail) gets a
 * personal signing link (created here, mailed by the caller after the commit).
 */
export async function sendAgreement({ actor, agreementId, version }: { actor: TActor; agreementId: string; version: number }) {
  return prisma.$transaction(async (tx) => {
    const { agreement, to } = await loadForTransition(tx, { agreementId, version, event: "send" });
    if (!(await latestDocument(tx, agreementId, ["GENERATED"]))) throw new AppError("CONFLICT");
    await updateAgreement(tx, agreementId, version, { status: to, sentAt: new Date(), sentById: actor.id });
    const link = await createSigningLink(tx, { agreementId, partnerId: agreement.partnerId, actorId: actor.id });
    await writeAudit(tx, { actorId: actor.id, action: "agreement.sent", entity: "Partner", entityId: agreement.partnerId, data: { agreementId, signerEmail: link.email } });
    await mailSigningLink(tx, link, { agreementId, partnerName: agreement.partner.name });
    // Portal users other than the signer are told as before; they can sign in the portal too.
    const others = await mailAgreementToPartner(tx, agreement.partnerId, agreementId, "sent", { except: link.email });
    return { partnerId: agreement.partnerId, partnerName: agreement.partner.name, link, recipients: 1 + others };
  });
}

function signatureOf(email: string, data: TSignAgreement, meta: TRequestMeta, role: TSignature["role"], at: Date): TSignature {
  const latinName = data.latinName?.trim() || null;
  return { role, name: data.name.trim(), latinName, function: data.function.trim(), signedAt: at, ip: meta.ip, userAgent: meta.userAgent.slice(0, 300), email };
}

/**
 * A name the PDF cannot draw (a script that needs shaping or right-to-left layout,
 * or glyphs the font lacks) needs a Latin version; without one, signing is refused
 * with a message next to the field (never INTERNAL).
 */
function assertPrintable(data: TSignAgreement) {
  if (printableInPdf(data.name) || (data.latinName && printableInPdf(data.latinName))) return;
  const key = data.latinName ? "agreements.sign.latinOnly" : "agreements.sign.latinNeeded";
  throw new AppError("VALIDATION", key, { fieldErrors: { latinName: key } });
}

/** A Signature row for a signature made in the app (online or countersign). */
function signatureRow(s: TSignature, opts: { agreementId: string; kind: "ONLINE" | "COUNTERSIGN"; userId: string | null; contactPersonId?: string | null; documentSha256: string }) {
  return {
    agreementId: opts.agreementId, kind: opts.kind, signerName: s.name, signerNameLatin: s.latinName ?? null, signerFunction: s.function, signerEmail: s.email.toLowerCase(),
    userId: opts.userId, contactPersonId: opts.contactPersonId ?? null, signedAt: s.signedAt, ip: s.ip, userAgent: s.userAgent, documentSha256: opts.documentSha256,
  };
}

/** The contact person of the partner with this e-mail address, if any (links the signature to the person). */
async function contactByEmail(tx: Db, partnerId: string, email: string) {
  const c = await tx.contactPerson.findFirst({ where: { partnerId, email: email.toLowerCase() }, orderBy: [{ isPrimary: "desc" }, { createdAt: "asc" }], select: { id: true } });
  return c?.id ?? null;
}

export type TPartnerSigner = { email: string; userId: string | null; contactPersonId?: string | null };

/**
 * The partner signs the exact generated document they were shown (its hash must
 * match): a Signature row, and a PARTNER_SIGNED copy (original pages + certificate
 * with this one signature; not the final document). Shared by the portal and the
 * personal signing link; `partnerId` scopes portal callers.
 */
export async function signAsPartner(tx: Db, opts: { signer: TPartnerSigner; data: TSignAgreement; meta: TRequestMeta; partnerId?: string }) {
  const { signer, data, meta } = opts;
  assertPrintable(data);
  const { agreement, to } = await loadForTransition(tx, { agreementId: data.agreementId, version: data.version, event: "partnerSign", partnerId: opts.partnerId });
  const doc = await latestDocument(tx, agreement.id, ["GENERATED"]);
  if (!doc || doc.sha256 !== data.documentSha256) throw new AppError("CONFLICT", "agreement.documentChanged", { reason: "documentChanged" });
  const at = new Date();
  const signature = signatureOf(signer.email, data, meta, "partner", at);
  const signed = await appendCertificate(doc.file.bytes, {
    agreementId: agreement.id, partnerName: doc.partnerName ?? agreement.partner.name, valuesVersion: agreement.valuesVersion?.version ?? 0, documentSha256: doc.sha256, signatures: [signature],
  });
  await updateAgreement(tx, agreement.id, data.version, { status: to, partnerSignedAt: at, partnerSignedById: signer.userId });
  const contactPersonId = signer.contactPersonId ?? (await contactByEmail(tx, agreement.partnerId, signer.email));
  await tx.signature.create({ data: signatureRow(signature, { agreementId: agreement.id, kind: "ONLINE", userId: signer.userId, contactPersonId, documentSha256: doc.sha256 }) });
  const stored = await storeAgreementDocument(tx, { agreementId: agreement.id, partnerId: agreement.partnerId, partnerName: doc.partnerName ?? agreement.partner.name, kind: "PARTNER_SIGNED", bytes: signed, actorId: signer.userId });
  await writeAudit(tx, { actorId: signer.userId, action: "agreement.partnerSigned", entity: "Partner", entityId: agreement.partnerId, data: { agreementId: agreement.id, documentSha256: doc.sha256, signedSha256: stored.sha256, ip: meta.ip } });
  await onAgreementEvent(tx, { event: "partnerSigned", agreementId: agreement.id, partnerId: agreement.partnerId, actorId: signer.userId }); // [tasks hook]
  return { agreementId: agreement.id, partnerId: agreement.partnerId, partnerName: agreement.partner.name, ownerId: agreement.partner.ownerId };
}

/** A partner user signs in the portal. */
export async function partnerSign({ actor, partnerId, data, meta }: { actor: TActor; partnerId: string; data: TSignAgreement; meta: TRequestMeta }) {
  return withConstraintMessages(() =>
    prisma.$transaction(async (tx) => {
      const result = await signAsPartner(tx, { signer: { email: actor.email, userId: actor.id }, data, meta, partnerId });
      await notifyCoordinationOfSignature(tx, result);
      return result;
    }),
  );
}

/** Before an agreement becomes ACTIVE: the partner's previous active one is superseded (one active per partner). */
async function supersedePrevious(tx: Db, actor: TActor, agreement: { id: string; partnerId: string }) {
  const previous = await tx.agreement.findMany({ where: { partnerId: agreement.partnerId, status: "ACTIVE", NOT: { id: agreement.id } } });
  for (const p of previous) {
    await updateAgreement(tx, p.id, p.version, { status: "SUPERSEDED", supersededAt: new Date(), supersededById: actor.id });
    await writeAudit(tx, { actorId: actor.id, action: "agreement.superseded", entity: "Partner", entityId: agreement.partnerId, data: { agreementId: p.id, by: agreement.id } });
  }
}

/** After an agreement became ACTIVE: advance the partner to AGREEMENT_SIGNED when the earlier stage rules hold. */
async function advanceStage(tx: Db, actor: TActor, agreement: { id: string; partnerId: string }) {
  const loaded = await loadStageFacts(tx, agreement.partnerId);
  if (!loaded) return { advanced: false };
  const { partner, facts } = loaded;
  const target: Stage = "AGREEMENT_SIGNED";
  if (stageIndex(partner.stage) >= stageIndex(target) || blockersFor(facts, target).length > 0) return { advanced: false };
  await moveStageIn(tx, actor, { id: partner.id, version: partner.version, to: target, agreementId: agreement.id });
  return { advanced: true };
}

/** The coordination countersigns the partner-signed agreement; the certificate lists both signatures. */
export async function countersign({ actor, data, meta }: { actor: TActor; data: TSignAgreement; meta: TRequestMeta }) {
  return withConstraintMessages(() => prisma.$transaction(async (tx) => {
    const { agreement, to } = await loadForTransition(tx, { agreementId: data.agreementId, version: data.version, event: "countersign" });
    const original = await latestDocument(tx, agreement.id, ["GENERATED"]);
    const partnerSig = await tx.signature.findUnique({ where: { agreementId_kind: { agreementId: agreement.id, kind: "ONLINE" } } });
    if (!original || !partnerSig || original.sha256 !== data.documentSha256 || partnerSig.documentSha256 !== original.sha256) {
      throw new AppError("CONFLICT", "agreement.documentChanged", { reason: "documentChanged" });
    }
    await supersedePrevious(tx, actor, agreement);
    const at = new Date();
    assertPrintable(data);
    const mine = signatureOf(actor.email, data, meta, "coordination", at);
    const signed = await appendCertificate(original.file.bytes, {
      agreementId: agreement.id, partnerName: original.partnerName ?? agreement.partner.name, valuesVersion: agreement.valuesVersion?.version ?? 0, documentSha256: original.sha256,
      signatures: [certificateSignature(partnerSig), mine],
    });
    await updateAgreement(tx, agreement.id, data.version, { status: to, activatedAt: at, countersignedById: actor.id });
    await tx.signature.create({ data: signatureRow(mine, { agreementId: agreement.id, kind: "COUNTERSIGN", userId: actor.id, documentSha256: original.sha256 }) });
    const stored = await storeAgreementDocument(tx, { agreementId: agreement.id, partnerId: agreement.partnerId, partnerName: original.partnerName ?? agreement.partner.name, kind: "SIGNED", bytes: signed, actorId: actor.id });
    await writeAudit(tx, { actorId: actor.id, action: "agreement.countersigned", entity: "Partner", entityId: agreement.partnerId, data: { agreementId: agreement.id, signedSha256: stored.sha256, ip: meta.ip } });
    if (partnerSig.signerEmail) {
      await mailFinalCopy(tx, { to: partnerSig.signerEmail, name: partnerSig.signerName, partnerName: agreement.partner.name, document: stored });
    }
    await onAgreementEvent(tx, { event: "countersigned", agreementId: agreement.id, partnerId: agreement.partnerId, actorId: actor.id }); // [tasks hook]
    const { advanced } = await advanceStage(tx, actor, agreement);
    return { agreementId: agreement.id, partnerId: agreement.partnerId, advanced, signedSha256: stored.sha256 };
  }));
}

export const MAX_PAPER_BYTES = 10 * 1024 * 1024;

/** Paper path: the scanned, signed PDF is uploaded; who signed and when is recorded. */
export async function recordPaperSigned(opts: { actor: TActor; agreementId: string; version: number; bytes: Uint8Array; signedBy: string; signedAt: Date }) {
  if (opts.bytes.length === 0) throw new AppError("VALIDATION", "upload.empty", { fieldErrors: { file: "upload.empty" } });
  if (opts.bytes.length > MAX_PAPER_BYTES) throw new AppError("VALIDATION", "upload.tooLargePdf", { fieldErrors: { file: "upload.tooLargePdf" } });
  if (!isPdf(opts.bytes)) throw new AppError("VALIDATION", "upload.notPdf", { fieldErrors: { file: "upload.notPdf" } });
  // The scan becomes the final document: it must not carry scripts, launch actions or embedded files.
  const active = await findActiveContent(opts.bytes);
  if (active.length) throw new AppError("VALIDATION", "upload.activeContent", { fieldErrors: { file: "upload.activeContent" }, found: active });
  const { actor } = opts;
  return withConstraintMessages(() => prisma.$transaction(async (tx) => {
    const { agreement, to } = await loadForTransition(tx, { agreementId: opts.agreementId, version: opts.version, event: "paperSigned" });
    await supersedePrevious(tx, actor, agreement);
    await updateAgreement(tx, agreement.id, opts.version, {
      status: to, paperSigned: true, activatedAt: new Date(), countersignedById: actor.id, partnerSignedAt: opts.signedAt,
    });
    const stored = await storeAgreementDocument(tx, { agreementId: agreement.id, partnerId: agreement.partnerId, partnerName: agreement.partner.name, kind: "PAPER", bytes: opts.bytes, actorId: actor.id });
    // Who signed on paper, as the coordinator recorded it; the scan's hash is what was signed.
    await tx.signature.create({ data: { agreementId: agreement.id, kind: "PAPER", signerName: opts.signedBy.trim(), signedAt: opts.signedAt, documentSha256: stored.sha256 } });
    await writeAudit(tx, { actorId: actor.id, action: "agreement.paperSigned", entity: "Partner", entityId: agreement.partnerId, data: { agreementId: agreement.id, sha256: stored.sha256, signedBy: opts.signedBy } });
    await onAgreementEvent(tx, { event: "countersigned", agreementId: agreement.id, partnerId: agreement.partnerId, actorId: actor.id }); // [tasks hook]
    const { advanced } = await advanceStage(tx, actor, agreement);
    return { agreementId: agreement.id, partnerId: agreement.partnerId, advanced, sha256: stored.sha256 };
  }));
}

export async function declineAgreement({ actor, partnerId, agreementId, version, reason }: { actor: TActor; partnerId: string; agreementId: string; version: number; reason: string | null }) {
  return prisma.$transaction(async (tx) => {
    const { agreement, to } = await loadForTransition(tx, { agreementId, version, event: "decline", partnerId });
    await updateAgreement(tx, agreementId, version, { status: to, declinedAt: new Date(), declinedById: actor.id });
    await writeAudit(tx, { actorId: actor.id, action: "agreement.declined", entity: "Partner", entityId: agreement.partnerId, data: { agreementId, reason } });
    await onAgreementEvent(tx, { event: "declined", agreementId, partnerId: agreement.partnerId, actorId: actor.id }); // [tasks hook]
  });
}

/** Revocation; for an active agreement, optionally moves the partner back to MET with the reason. */
export async function revokeAgreement({ actor, data }: { actor: TActor; data: TRevokeAgreement }) {
  return prisma.$transaction(async (tx) => {
    const { agreement, to } = await loadForTransition(tx, { agreementId: data.agreementId, version: data.version, event: "revoke" });
    const wasActive = agreement.status === "ACTIVE";
    await updateAgreement(tx, agreement.id, data.version, { status: to, revokedAt: new Date(), revokedById: actor.id, revokeReason: data.reason.trim() });
    await writeAudit(tx, { actorId: actor.id, action: "agreement.revoked", entity: "Partner", entityId: agreement.partnerId, data: { agreementId: agreement.id, reason: data.reason.trim() } });
    await onAgreementEvent(tx, { event: "revoked", agreementId: agreement.id, partnerId: agreement.partnerId, actorId: actor.id }); // [tasks hook]
    let movedBack = false;
    if (wasActive && data.moveBack && stageIndex(agreement.partner.stage) >= stageIndex("AGREEMENT_SIGNED")) {
      await moveStageIn(tx, actor, { id: agreement.partnerId, version: agreement.partner.version, to: "MET", reason: data.reason, agreementId: agreement.id });
      movedBack = true;
    }
    return { partnerId: agreement.partnerId, movedBack };
  });
}
