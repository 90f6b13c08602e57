"use server";
import { revalidatePath } from "next/cache";
import { COORDINATOR_ROLES, defineAction } from "@/lib/actions/safe-action";
import { replyToFeedback, setFeedbackStatus } from "@/lib/server/feedback/write";
import { ZCoordinatorReply, ZFeedbackStatusChange } from "@/lib/validations/feedback";

function revalidateThread(feedbackId: string) {
  revalidatePath("/feedback");
  revalidatePath(`/feedback/${feedbackId}`);
  revalidatePath(`/portal/feedback/${feedbackId}`);
  revalidatePath("/portal/feedback");
}

export const coordinatorReplyAction = defineAction({ name: "feedback.coordinatorReply", schema: ZCoordinatorReply, roles: COORDINATOR_ROLES }, async (data, actor) => {
  const result = await replyToFeedback({ actor, scope: { kind: "coordinator" }, feedbackId: data.feedbackId, body: data.body, status: data.status });
  revalidateThread(data.feedbackId);
  return result;
});

export const setFeedbackStatusAction = defineAction({ name: "feedback.setStatus", schema: ZFeedbackStatusChange, roles: COORDINATOR_ROLES }, async (data, actor) => {
  const result = await setFeedbackStatus({ actor, data });
  revalidateThread(data.feedbackId);
  revalidatePath(`/partners/${result.partnerId}`);
  return { status: result.status };
});
