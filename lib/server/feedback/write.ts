import "server-only";
import { prisma, type Tx } from "@/lib/db";
import type { TActor } from "@/lib/auth/session";
import { AppError } from "@/lib/errors";
import type { FeedbackStatus } from "@/lib/generated/prisma/enums";
import { writeAudit } from "@/lib/server/audit";
import type { TFeedbackCreate, TFeedbackStatusChange } from "@/lib/validations/feedback";
import { notifyCoordinatorReply, notifyNewFeedback, notifyPartnerReply } from "./notify";
import { onFeedback } from "@/lib/server/tasks/hooks";
import type { TFeedbackScope } from "./queries";

/** A partner user's new problem or suggestion, for their own partner only. */
export async function createFeedback({ actor, partnerId, data }: { actor: TActor; partnerId: string; data: TFeedbackCreate }) {
  const created = await prisma.$transaction(async (tx) => {
    const partner = await tx.partner.findUnique({ where: { id: partnerId }, select: { id: true, name: true } });
    if (!partner) throw new AppError("NOT_FOUND");
    const feedback = await tx.feedback.create({
      data: { partnerId, kind: data.kind, title: data.title, createdById: actor.id, messages: { create: { authorId: actor.id, body: data.body } } },
      select: { id: true },
    });
    await writeAudit(tx, {
      actorId: actor.id,
      action: "feedback.created",
      entity: "Partner",
      entityId: partnerId,
      data: { feedbackId: feedback.id, kind: data.kind, title: data.title },
    });
    await notifyNewFeedback(tx, { feedbackId: feedback.id, partnerId, partnerName: partner.name, title: data.title, body: data.body, authorName: actor.name, kind: data.kind });
    await onFeedback(tx, { event: "created", feedbackId: feedback.id, partnerId, partnerName: partner.name, title: data.title, actorId: actor.id }); // [notifications hook]
    return { id: feedback.id };
  });
  return { id: created.id };
}

async function changeStatus(tx: Tx, actor: TActor, feedback: { id: string; partnerId: string }, from: FeedbackStatus, to: FeedbackStatus) {
  // Only from the status the caller saw: a concurrent change makes this a conflict.
  const { count } = await tx.feedback.updateMany({ where: { id: feedback.id, status: from }, data: { status: to } });
  if (count !== 1) throw new AppError("CONFLICT");
  await writeAudit(tx, { actorId: actor.id, action: "feedback.statusChanged", entity: "Partner", entityId: feedback.partnerId, data: { feedbackId: feedback.id, from, to } });
}

/**
 * A reply in a thread. Partners reply only within their own partner (anything else
 * is NOT_FOUND); their reply reopens a resolved thread. A coordinator's reply can
 * set the status in the same step. The other side is notified by e-mail (enqueued in the same transaction).
 */
export async function replyToFeedback({
  actor,
  scope,
  feedbackId,
  body,
  status,
}: {
  actor: TActor;
  scope: TFeedbackScope;
  feedbackId: string;
  body: string;
  status?: FeedbackStatus;
}) {
  const result = await prisma.$transaction(async (tx) => {
    const feedback = await tx.feedback.findFirst({
      where: { id: feedbackId, ...(scope.kind === "partner" ? { partnerId: scope.partnerId } : {}) },
      select: { id: true, partnerId: true, title: true, status: true, partner: { select: { name: true } } },
    });
    if (!feedback) throw new AppError("NOT_FOUND");
    const next: FeedbackStatus = scope.kind === "partner" ? (feedback.status === "RESOLVED" ? "OPEN" : feedback.status) : (status ?? feedback.status);
    if (next !== feedback.status) await changeStatus(tx, actor, feedback, feedback.status, next);
    const message = await tx.feedbackMessage.create({ data: { feedbackId, authorId: actor.id, body }, select: { id: true } });
    await tx.feedback.update({ where: { id: feedbackId }, data: { updatedAt: new Date() } });
    await writeAudit(tx, {
      actorId: actor.id,
      action: "feedback.replied",
      entity: "Partner",
      entityId: feedback.partnerId,
      data: { feedbackId, messageId: message.id, by: scope.kind },
    });
    const mail = { feedbackId, partnerId: feedback.partnerId, partnerName: feedback.partner.name, title: feedback.title, body, authorName: actor.name };
    if (scope.kind === "partner") await notifyPartnerReply(tx, mail);
    if (scope.kind === "partner") await onFeedback(tx, { event: "partnerReplied", feedbackId, partnerId: feedback.partnerId, partnerName: feedback.partner.name, title: feedback.title, actorId: actor.id }); // [notifications hook]
    else await notifyCoordinatorReply(tx, { ...mail, status: next });
    return { status: next, messageId: message.id };
  });
  return { messageId: result.messageId, status: result.status };
}

/** Coordinators triage: open → in progress → resolved (and back, e.g. reopening). */
export async function setFeedbackStatus({ actor, data }: { actor: TActor; data: TFeedbackStatusChange }) {
  return prisma.$transaction(async (tx) => {
    const feedback = await tx.feedback.findUnique({ where: { id: data.feedbackId }, select: { id: true, partnerId: true, status: true } });
    if (!feedback) throw new AppError("NOT_FOUND");
    if (feedback.status !== data.from) throw new AppError("CONFLICT");
    if (data.from !== data.to) await changeStatus(tx, actor, feedback, data.from, data.to);
    return { status: data.to, partnerId: feedback.partnerId };
  });
}
