import "server-only";
import { prisma } from "@/lib/db";
import type { TActor } from "@/lib/auth/session";
import { AppError } from "@/lib/errors";
import { emptyToNull } from "@/lib/validations/common";
import type { TProfileDraft, TReviewDraft } from "@/lib/validations/portal";
import { writeAudit } from "@/lib/server/audit";
import { onProfileReviewed, onProfileSubmitted } from "@/lib/server/tasks/hooks";
import { notifyPartnerUsers } from "@/lib/server/mail/notify";
import { reviewMail } from "@/lib/server/mail/templates";
import { withConstraintMessages } from "@/lib/server/constraint-errors";
import { draftInclude } from "@/lib/server/partners/get-partner";
import { bumpPartnerVersion, loadPartnerForWrite } from "@/lib/server/partners/load-partner-for-write";

/** A partner proposes public-profile changes; the published profile stays as it is until approved. */
export async function submitProfileDraft({ actor, partnerId, data }: { actor: TActor; partnerId: string; data: TProfileDraft }) {
  return withConstraintMessages(() => prisma.$transaction(async (tx) => {
    await loadPartnerForWrite(tx, partnerId);
    if (data.logoFileId) {
      const file = await tx.storedFile.findFirst({ where: { id: data.logoFileId, partnerId, purpose: "logo" } });
      if (!file) throw new AppError("VALIDATION", "upload.missing", { fieldErrors: { logoFileId: "upload.missing" } });
    }
    if (data.publicContactId) {
      const contact = await tx.contactPerson.findFirst({ where: { id: data.publicContactId, partnerId, publicConsent: true } });
      if (!contact) throw new AppError("VALIDATION", "validation.publicContactConsent", { fieldErrors: { publicContactId: "validation.publicContactConsent" } });
    }
    // A new draft replaces the pending one (one PENDING per partner, also a partial unique
    // index: of two drafts submitted at the same moment one wins, the other is told so).
    await tx.profileDraft.updateMany({ where: { partnerId, status: "PENDING" }, data: { status: "SUPERSEDED" } });
    const draft = await tx.profileDraft.create({
      data: {
        partnerId,
        description: data.description,
        website: emptyToNull(data.website),
        logoFileId: data.logoFileId ?? null,
        publicContactId: data.publicContactId ?? null,
        submittedById: actor.id,
      },
    });
    await writeAudit(tx, { actorId: actor.id, action: "profile.submitted", entity: "Partner", entityId: partnerId, data: { draftId: draft.id } });
    await onProfileSubmitted(tx, { partnerId, draftId: draft.id, actorId: actor.id }); // [tasks hook]
    return { id: draft.id };
  }));
}

/** A coordinator approves (applies the draft) or rejects it with a comment. */
export async function reviewProfileDraft({ actor, data }: { actor: TActor; data: TReviewDraft }) {
  return prisma.$transaction(async (tx) => {
    const draft = await tx.profileDraft.findUnique({ where: { id: data.draftId } });
    if (!draft) throw new AppError("NOT_FOUND");
    if (draft.status !== "PENDING") throw new AppError("CONFLICT");
    const partner = await loadPartnerForWrite(tx, draft.partnerId);
    const approved = data.decision === "APPROVE";
    const { count } = await tx.profileDraft.updateMany({
      where: { id: draft.id, status: "PENDING" },
      data: { status: approved ? "APPROVED" : "REJECTED", reviewedById: actor.id, reviewedAt: new Date(), reviewComment: emptyToNull(data.comment) },
    });
    if (count === 0) throw new AppError("CONFLICT");
    if (approved) {
      await bumpPartnerVersion(tx, partner.id, partner.version, {
        description: draft.description,
        website: draft.website,
        logoFileId: draft.logoFileId ?? partner.logoFileId,
        publicContactId: draft.publicContactId,
      });
    }
    await writeAudit(tx, {
      actorId: actor.id,
      action: approved ? "profile.approved" : "profile.rejected",
      entity: "Partner",
      entityId: partner.id,
      data: { draftId: draft.id, comment: emptyToNull(data.comment) },
    });
    await notifyPartnerUsers(tx, partner.id, reviewMail(approved, emptyToNull(data.comment)));
    await onProfileReviewed(tx, { partnerId: partner.id, draftId: draft.id, actorId: actor.id }); // [tasks hook]
    return { partnerId: partner.id, approved };
  });
}

/** The partner's recorded consent to publication (who and when), or its withdrawal. */
export async function setPublicationConsent({ actor, partnerId, consent }: { actor: TActor; partnerId: string; consent: boolean }) {
  return prisma.$transaction(async (tx) => {
    await loadPartnerForWrite(tx, partnerId);
    await tx.partner.update({
      where: { id: partnerId },
      data: { publicationConsentAt: consent ? new Date() : null, publicationConsentById: consent ? actor.id : null, version: { increment: 1 } },
    });
    await writeAudit(tx, { actorId: actor.id, action: "partner.consentChanged", entity: "Partner", entityId: partnerId, data: { consent } });
  });
}

/** The coordinators' review queue, with the names of the partners' contacts for the diff. */
export async function listPendingDrafts() {
  const drafts = await prisma.profileDraft.findMany({ where: { status: "PENDING" }, orderBy: { submittedAt: "asc" }, take: 100, include: draftInclude });
  const contacts = await prisma.contactPerson.findMany({ where: { partnerId: { in: drafts.map((d) => d.partnerId) } }, select: { id: true, name: true } });
  return { drafts, contacts };
}
