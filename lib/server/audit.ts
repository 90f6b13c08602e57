import "server-only";
import { z } from "zod";
import type { Db } from "@/lib/db";
import type { FeedbackKind, FeedbackStatus, Stage, TaskKind } from "@/lib/generated/prisma/enums";

export const ZAuditAction = z.enum([
  "partner.created",
  "partner.updated",
  "partner.archived",
  "partner.restored",
  "partner.stageMoved",
  "contact.created",
  "contact.updated",
  "contact.primarySet",
  "activity.logged",
  "user.setup",
  "user.invited",
  "user.created",
  "user.activated",
  "user.deactivated",
  "user.rolesChanged",
  "user.passwordReset",
  "profile.submitted",
  "profile.approved",
  "profile.rejected",
  "partner.consentChanged",
  "agreement.generated",
  "agreement.sent",
  "agreement.reminded",
  "agreement.partnerSigned",
  "agreement.countersigned",
  "agreement.paperSigned",
  "agreement.declined",
  "agreement.revoked",
  "agreement.superseded",
  "values.versioned",
  "joinRequest.received",
  "feedback.created",
  "feedback.replied",
  "feedback.statusChanged",
  "siteContent.updated",
  "user.passwordChanged",
  "user.sessionsEnded",
  "outbox.linkViewed",
  "fieldOfWork.created",
  "fieldOfWork.updated",
  "task.created",
  "task.updated",
  "task.completed",
  "task.reopened",
  "task.autoCreated",
  "task.autoClosed",
  "partner.ownerChanged",
  "user.notifySettingsChanged",
]);
export type TAuditAction = z.infer<typeof ZAuditAction>;

type TChanges = Record<string, { from: unknown; to: unknown }>;

/** The typed `data` of each audit event. */
export type TAuditData = {
  "partner.created": { name: string };
  "partner.updated": { changes: TChanges };
  "partner.archived": { reason: string };
  "partner.restored": { reason: string | null };
  "partner.stageMoved": { from: Stage; to: Stage; reason: string | null };
  "contact.created": { name: string };
  "contact.updated": { changes: TChanges };
  "contact.primarySet": { contactId: string; name: string };
  "activity.logged": { kind: string; occurredAt: string };
  "user.setup": { email: string };
  "user.invited": { email: string; roles: string[]; partnerId: string | null };
  "user.created": { email: string; roles: string[] };
  "user.activated": Record<string, never>;
  "user.deactivated": Record<string, never>;
  "user.rolesChanged": { from: string[]; to: string[] };
  "user.passwordReset": Record<string, never>;
  "profile.submitted": { draftId: string };
  "profile.approved": { draftId: string; comment: string | null };
  "profile.rejected": { draftId: string; comment: string | null };
  "partner.consentChanged": { consent: boolean };
  "agreement.generated": { agreementId: string; sha256: string; valuesVersion: number };
  "agreement.sent": { agreementId: string; signerEmail?: string };
  "agreement.reminded": { agreementId: string; signerEmail?: string };
  "agreement.partnerSigned": { agreementId: string; documentSha256: string; signedSha256: string; ip: string };
  "agreement.countersigned": { agreementId: string; signedSha256: string; ip: string };
  "agreement.paperSigned": { agreementId: string; sha256: string; signedBy: string };
  "agreement.declined": { agreementId: string; reason: string | null };
  "agreement.revoked": { agreementId: string; reason: string };
  "agreement.superseded": { agreementId: string; by: string };
  "values.versioned": { version: number };
  "joinRequest.received": { joinRequestId: string; attached: boolean; matchedBy: "email" | "organisation" | null };
  "feedback.created": { feedbackId: string; kind: FeedbackKind; title: string };
  "feedback.replied": { feedbackId: string; messageId: string; by: "partner" | "coordinator" };
  "feedback.statusChanged": { feedbackId: string; from: FeedbackStatus; to: FeedbackStatus };
  "siteContent.updated": { key: string };
  "user.passwordChanged": Record<string, never>;
  "user.sessionsEnded": Record<string, never>;
  "outbox.linkViewed": { to: string; linkKind: string | null };
  "fieldOfWork.created": { id: string; labelDe: string; labelEn: string };
  "fieldOfWork.updated": { id: string; changes: TChanges };
  "task.created": { taskId: string; title: string; dueDate: string; assigneeId: string };
  "task.updated": { taskId: string; changes: TChanges };
  "task.completed": { taskId: string; activityId: string | null; nextTaskId: string | null };
  "task.reopened": { taskId: string };
  "task.autoCreated": { taskIds: string[]; kind: TaskKind; sourceId: string | null };
  "task.autoClosed": { taskIds: string[]; kind: TaskKind; sourceId: string | null };
  "partner.ownerChanged": { from: string | null; to: string | null };
  "user.notifySettingsChanged": { from: { notifyEmail: string; digestHour: number }; to: { notifyEmail: string; digestHour: number } };
};

export type TAuditEntry<A extends TAuditAction = TAuditAction> = {
  actorId: string | null;
  action: A;
  entity: "Partner" | "User" | "Settings" | "OutboxMail";
  entityId: string;
  data: TAuditData[A];
};

/** Call inside the same transaction as the change it records. */
export async function writeAudit<A extends TAuditAction>(db: Db, entry: TAuditEntry<A>) {
  await db.auditEvent.create({ data: { ...entry, data: entry.data as object } });
}

/** Field-by-field diff of the keys in `next`, for "…updated" events. */
export function diffFields<T extends Record<string, unknown>>(prev: T, next: Partial<T>): TChanges {
  const changes: TChanges = {};
  for (const key of Object.keys(next)) {
    const a = prev[key];
    const b = next[key];
    if (JSON.stringify(a ?? null) !== JSON.stringify(b ?? null)) changes[key] = { from: a ?? null, to: b ?? null };
  }
  return changes;
}
