import "server-only";
import { prisma, type Db } from "@/lib/db";
import type { TActor } from "@/lib/auth/session";
import { AppError } from "@/lib/errors";
import type { Stage } from "@/lib/generated/prisma/enums";
import { blockersFor, stageIndex } from "@/lib/domain/stage-rules";
import { appendCertificate, type TSignature } from "@/lib/pdf/certificate";
import { isPdf } from "@/lib/pdf/hash";
import { writeAudit } from "@/lib/server/audit";
import { loadStageFacts } from "@/lib/server/board/stage-facts";
import { moveStageIn } from "@/lib/server/board/move-stage";
import type { TRevokeAgreement, TSignAgreement } from "@/lib/validations/agreement";
import { latestDocument, loadForTransition, updateAgreement } from "./load";
import { mailAgreementToPartner } from "./notify";
import { storeAgreementDocument } from "./store-document";
import { onAgreementEvent } from "@/lib/server/tasks/hooks"; // [tasks hook]

export type TRequestMeta = { ip: string; userAgent: string };

export async function sendAgreement({ actor, agreementId, version }: { actor: TActor; agreementId: string; version: number }) {
  return prisma.$transaction(async (tx) => {
    const { agreement, to } = await loadForTransition(tx, { agreementId, version, event: "send" });
    if (!(await latestDocument(tx, agreementId, ["GENERATED"]))) throw new AppError("CONFLICT");
    await updateAgreement(tx, agreementId, version, { status: to, sentAt: new Date(), sentById: actor.id });
    await writeAudit(tx, { actorId: actor.id, action: "agreement.sent", entity: "Partner", entityId: agreement.partnerId, data: { agreementId } });
    const recipients = await mailAgreementToPartner(tx, agreement.partnerId, agreementId, "sent");
    return { partnerId: agreement.partnerId, partnerName: agreement.partner.name, recipients };
  });
}

function signatureOf(actor: TActor, data: TSignAgreement, meta: TRequestMeta, role: TSignature["role"], at: Date): TSignature {
  return { role, name: data.name.trim(), function: data.function.trim(), signedAt: at, ip: meta.ip, userAgent: meta.userAgent.slice(0, 300), email: actor.email };
}

type TStoredSignature = Omit<TSignature, "signedAt"> & { signedAt: string; documentSha256: string };

/** The partner signs the exact generated document they were shown (its hash must match). */
export async function partnerSign({ actor, partnerId, data, meta }: { actor: TActor; partnerId: string; data: TSignAgreement; meta: TRequestMeta }) {
  return prisma.$transaction(async (tx) => {
    const { agreement, to } = await loadForTransition(tx, { agreementId: data.agreementId, version: data.version, event: "partnerSign", partnerId });
    const doc = await latestDocument(tx, agreement.id, ["GENERATED"]);
    if (!doc || doc.sha256 !== data.documentSha256) throw new AppError("CONFLICT", "agreement.documentChanged", { reason: "documentChanged" });
    const at = new Date();
    const signature = signatureOf(actor, data, meta, "partner", at);
    const signed = await appendCertificate(doc.file.bytes, {
      agreementId: agreement.id, partnerName: agreement.partner.name, valuesVersion: agreement.valuesVersion?.version ?? 0, documentSha256: doc.sha256, signatures: [signature],
    });
    await updateAgreement(tx, agreement.id, data.version, {
      status: to, partnerSignedAt: at, partnerSignedById: actor.id,
      partnerSigner: { ...signature, signedAt: at.toISOString(), documentSha256: doc.sha256 } satisfies TStoredSignature,
    });
    const stored = await storeAgreementDocument(tx, { agreementId: agreement.id, partnerId: agreement.partnerId, kind: "SIGNED", bytes: signed, actorId: actor.id });
    await writeAudit(tx, { actorId: actor.id, action: "agreement.partnerSigned", entity: "Partner", entityId: agreement.partnerId, data: { agreementId: agreement.id, documentSha256: doc.sha256, signedSha256: stored.sha256, ip: meta.ip } });
    await onAgreementEvent(tx, { event: "partnerSigned", agreementId: agreement.id, partnerId: agreement.partnerId, actorId: actor.id }); // [tasks hook]
    return { agreementId: agreement.id };
  });
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
  return prisma.$transaction(async (tx) => {
    const { agreement, to } = await loadForTransition(tx, { agreementId: data.agreementId, version: data.version, event: "countersign" });
    const original = await latestDocument(tx, agreement.id, ["GENERATED"]);
    const partnerSig = agreement.partnerSigner as TStoredSignature | null;
    if (!original || !partnerSig || original.sha256 !== data.documentSha256 || partnerSig.documentSha256 !== original.sha256) {
      throw new AppError("CONFLICT", "agreement.documentChanged", { reason: "documentChanged" });
    }
    await supersedePrevious(tx, actor, agreement);
    const at = new Date();
    const mine = signatureOf(actor, data, meta, "coordination", at);
    const signed = await appendCertificate(original.file.bytes, {
      agreementId: agreement.id, partnerName: agreement.partner.name, valuesVersion: agreement.valuesVersion?.version ?? 0, documentSha256: original.sha256,
      signatures: [{ ...partnerSig, signedAt: new Date(partnerSig.signedAt) }, mine],
    });
    await updateAgreement(tx, agreement.id, data.version, {
      status: to, activatedAt: at, countersignedById: actor.id, counterSigner: { ...mine, signedAt: at.toISOString(), documentSha256: original.sha256 } satisfies TStoredSignature,
    });
    const stored = await storeAgreementDocument(tx, { agreementId: agreement.id, partnerId: agreement.partnerId, kind: "SIGNED", bytes: signed, actorId: actor.id });
    await writeAudit(tx, { actorId: actor.id, action: "agreement.countersigned", entity: "Partner", entityId: agreement.partnerId, data: { agreementId: agreement.id, signedSha256: stored.sha256, ip: meta.ip } });
    await onAgreementEvent(tx, { event: "countersigned", agreementId: agreement.id, partnerId: agreement.partnerId, actorId: actor.id }); // [tasks hook]
    const { advanced } = await advanceStage(tx, actor, agreement);
    return { agreementId: agreement.id, partnerId: agreement.partnerId, advanced, signedSha256: stored.sha256 };
  });
}

export const MAX_PAPER_BYTES = 10 * 1024 * 1024;

/** Paper path: the scanned, signed PDF is uploaded; who signed and when is recorded. */
export async function recordPaperSigned(opts: { actor: TActor; agreementId: string; version: number; bytes: Uint8Array; signedBy: string; signedAt: Date }) {
  if (opts.bytes.length === 0) throw new AppError("VALIDATION", "upload.empty", { fieldErrors: { file: "upload.empty" } });
  if (opts.bytes.length > MAX_PAPER_BYTES) throw new AppError("VALIDATION", "upload.tooLargePdf", { fieldErrors: { file: "upload.tooLargePdf" } });
  if (!isPdf(opts.bytes)) throw new AppError("VALIDATION", "upload.notPdf", { fieldErrors: { file: "upload.notPdf" } });
  const { actor } = opts;
  return prisma.$transaction(async (tx) => {
    const { agreement, to } = await loadForTransition(tx, { agreementId: opts.agreementId, version: opts.version, event: "paperSigned" });
    await supersedePrevious(tx, actor, agreement);
    await updateAgreement(tx, agreement.id, opts.version, {
      status: to, paperSigned: true, activatedAt: new Date(), countersignedById: actor.id, partnerSignedAt: opts.signedAt,
      partnerSigner: { name: opts.signedBy, signedAt: opts.signedAt.toISOString(), paper: true },
    });
    const stored = await storeAgreementDocument(tx, { agreementId: agreement.id, partnerId: agreement.partnerId, kind: "PAPER", bytes: opts.bytes, actorId: actor.id });
    await writeAudit(tx, { actorId: actor.id, action: "agreement.paperSigned", entity: "Partner", entityId: agreement.partnerId, data: { agreementId: agreement.id, sha256: stored.sha256, signedBy: opts.signedBy } });
    await onAgreementEvent(tx, { event: "countersigned", agreementId: agreement.id, partnerId: agreement.partnerId, actorId: actor.id }); // [tasks hook]
    const { advanced } = await advanceStage(tx, actor, agreement);
    return { agreementId: agreement.id, partnerId: agreement.partnerId, advanced, sha256: stored.sha256 };
  });
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
