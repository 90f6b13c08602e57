"use server";
import { revalidatePath } from "next/cache";
import { definePartnerAction } from "@/lib/actions/safe-action";
import { submitProfileDraft } from "@/lib/server/portal/profile-draft";
import { ZProfileDraft } from "@/lib/validations/portal";

export const submitProfileAction = definePartnerAction({ name: "portal.submitProfile", schema: ZProfileDraft }, async (data, actor) => {
  const result = await submitProfileDraft({ actor, partnerId: actor.partnerId, data });
  revalidatePath("/portal");
  revalidatePath("/reviews");
  return result;
});
