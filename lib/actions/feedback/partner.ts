"use server";
import { revalidatePath } from "next/cache";
import { definePartnerAction } from "@/lib/actions/safe-action";
import { createFeedback, replyToFeedback } from "@/lib/server/feedback/write";
import { ZFeedbackCreate, ZFeedbackReply } from "@/lib/validations/feedback";

export const createFeedbackAction = definePartnerAction({ name: "feedback.create", schema: ZFeedbackCreate }, async (data, actor) => {
  const result = await createFeedback({ actor, partnerId: actor.partnerId, data });
  revalidatePath("/portal/feedback");
  revalidatePath("/feedback");
  return result;
});

export const partnerReplyAction = definePartnerAction({ name: "feedback.partnerReply", schema: ZFeedbackReply }, async (data, actor) => {
  const result = await replyToFeedback({ actor, scope: { kind: "partner", partnerId: actor.partnerId }, feedbackId: data.feedbackId, body: data.body });
  revalidatePath(`/portal/feedback/${data.feedbackId}`);
  revalidatePath("/portal/feedback");
  revalidatePath(`/feedback/${data.feedbackId}`);
  return result;
});
