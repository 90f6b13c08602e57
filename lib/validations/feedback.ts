import { z } from "zod";
import { ZId, requiredText } from "./common";

export const FEEDBACK_KINDS = ["PROBLEM", "SUGGESTION"] as const;
export const FEEDBACK_STATUSES = ["OPEN", "IN_PROGRESS", "RESOLVED"] as const;
export type TFeedbackStatus = (typeof FEEDBACK_STATUSES)[number];

const ZKind = z.enum(FEEDBACK_KINDS, { error: "validation.invalidOption" });
const ZStatus = z.enum(FEEDBACK_STATUSES, { error: "validation.invalidOption" });

export const ZFeedbackCreate = z.object({
  kind: ZKind,
  title: requiredText(150),
  body: requiredText(5000),
});
export type TFeedbackCreate = z.infer<typeof ZFeedbackCreate>;

export const ZFeedbackReply = z.object({ feedbackId: ZId, body: requiredText(5000) });
export type TFeedbackReply = z.infer<typeof ZFeedbackReply>;

/** A coordinator's reply may set the status in the same step. */
export const ZCoordinatorReply = ZFeedbackReply.extend({ status: ZStatus });
export type TCoordinatorReply = z.infer<typeof ZCoordinatorReply>;

/** `from` is the status the coordinator saw: a different current status is a conflict. */
export const ZFeedbackStatusChange = z.object({ feedbackId: ZId, from: ZStatus, to: ZStatus });
export type TFeedbackStatusChange = z.infer<typeof ZFeedbackStatusChange>;

/** Inbox filter from the query string; anything unknown falls back to the default. */
export const ZFeedbackFilter = z.object({
  status: z.enum([...FEEDBACK_STATUSES, "UNRESOLVED", "ALL"]).catch("UNRESOLVED"),
  page: z.coerce.number().int().min(1).max(10_000).catch(1),
});
