import "server-only";
import type { Db } from "@/lib/db";
import { allCoordinators, notify, ownerOrCoordinators } from "@/lib/server/notifications/notify";
import { closeAutoTasks, openAutoTask } from "./auto-tasks";

// The process events that open or close automatic tasks and notify coordinators. Each is called inside the
// transaction of its event, from one marked line ("[tasks hook]") in the module that
// owns the event, so those modules stay as they were apart from that line.

type TActorId = string | null;

export type TAgreementTaskEvent = "partnerSigned" | "countersigned" | "declined" | "revoked" | "reminded";

/** Agreement transitions: a partner signature asks for a countersignature; anything after it closes the reminders. */
export async function onAgreementEvent(db: Db, e: { event: TAgreementTaskEvent; agreementId: string; partnerId: string; actorId: TActorId }) {
  const base = { partnerId: e.partnerId, sourceId: e.agreementId, actorId: e.actorId };
  await closeAutoTasks(db, { ...base, kind: "REMIND_AGREEMENT" });
  if (e.event === "partnerSigned") {
    await openAutoTask(db, { ...base, kind: "COUNTERSIGN" });
    await notify(db, { kind: "PARTNER_SIGNED", userIds: await ownerOrCoordinators(db, e.partnerId), partnerId: e.partnerId, subject: await partnerName(db, e.partnerId), link: `/agreements/${e.agreementId}`, actorId: e.actorId });
  }
  if (e.event === "countersigned" || e.event === "declined" || e.event === "revoked") await closeAutoTasks(db, { ...base, kind: "COUNTERSIGN" });
}

/** A public join request asks for a first contact (while the partner is still in CONTACTED). */
export async function onJoinRequest(db: Db, e: { partnerId: string; joinRequestId: string; now: Date }) {
  const partner = await db.partner.findUnique({ where: { id: e.partnerId }, select: { stage: true, name: true } });
  if (!partner) return;
  await notify(db, { kind: "JOIN_REQUEST", userIds: await allCoordinators(db), partnerId: e.partnerId, subject: partner.name, link: `/partners/${e.partnerId}` });
  if (partner.stage !== "CONTACTED") return;
  await openAutoTask(db, { partnerId: e.partnerId, kind: "FIRST_CONTACT", sourceId: e.joinRequestId, now: e.now, actorId: null });
}

/** A logged e-mail, call or meeting, or a move past CONTACTED, is the first contact. */
export async function onFirstContactMade(db: Db, e: { partnerId: string; actorId: TActorId }) {
  await closeAutoTasks(db, { kind: "FIRST_CONTACT", partnerId: e.partnerId, actorId: e.actorId });
}

/** A submitted profile draft asks for a review; a newer draft replaces the older one's task. */
export async function onProfileSubmitted(db: Db, e: { partnerId: string; draftId: string; actorId: TActorId }) {
  await closeAutoTasks(db, { kind: "REVIEW_PROFILE", partnerId: e.partnerId, actorId: e.actorId });
  await openAutoTask(db, { partnerId: e.partnerId, kind: "REVIEW_PROFILE", sourceId: e.draftId, actorId: e.actorId });
  await notify(db, { kind: "PROFILE_SUBMITTED", userIds: await ownerOrCoordinators(db, e.partnerId), partnerId: e.partnerId, subject: await partnerName(db, e.partnerId), link: `/partners/${e.partnerId}`, actorId: e.actorId });
}

/** New feedback, or a partner's reply in a thread. */
export async function onFeedback(db: Db, e: { event: "created" | "partnerReplied"; feedbackId: string; partnerId: string; partnerName: string; title: string; actorId: TActorId }) {
  await notify(db, {
    kind: e.event === "created" ? "FEEDBACK_NEW" : "FEEDBACK_REPLY",
    userIds: await ownerOrCoordinators(db, e.partnerId),
    partnerId: e.partnerId,
    subject: `${e.partnerName}: ${e.title}`,
    link: `/feedback/${e.feedbackId}`,
    actorId: e.actorId,
  });
}

/** A task given to someone else tells them. */
export async function onTaskAssigned(db: Db, e: { partnerId: string; assigneeId: string; title: string; actorId: TActorId }) {
  await notify(db, { kind: "TASK_ASSIGNED", userIds: [e.assigneeId], partnerId: e.partnerId, subject: `${await partnerName(db, e.partnerId)}: ${e.title}`, link: `/partners/${e.partnerId}#tasks`, actorId: e.actorId });
}

const partnerName = async (db: Db, id: string) => (await db.partner.findUnique({ where: { id }, select: { name: true } }))?.name ?? "—";

export async function onProfileReviewed(db: Db, e: { partnerId: string; draftId: string; actorId: TActorId }) {
  await closeAutoTasks(db, { kind: "REVIEW_PROFILE", partnerId: e.partnerId, sourceId: e.draftId, actorId: e.actorId });
}
