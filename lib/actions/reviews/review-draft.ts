"use server";
import { revalidatePath } from "next/cache";
import { COORDINATOR_ROLES, defineAction } from "@/lib/actions/safe-action";
import { reviewProfileDraft } from "@/lib/server/portal/profile-draft";
import { ZReviewDraft } from "@/lib/validations/portal";

export const reviewDraftAction = defineAction({ name: "reviewDraft", schema: ZReviewDraft, roles: COORDINATOR_ROLES }, async (data, actor) => {
  const result = await reviewProfileDraft({ actor, data });
  revalidatePath("/reviews");
  revalidatePath(`/partners/${result.partnerId}`);
  revalidatePath("/portal");
  return result;
});
