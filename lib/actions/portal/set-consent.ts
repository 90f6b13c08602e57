"use server";
import { revalidatePath } from "next/cache";
import { definePartnerAction } from "@/lib/actions/safe-action";
import { setPublicationConsent } from "@/lib/server/portal/profile-draft";
import { ZPublicationConsent } from "@/lib/validations/portal";

export const setConsentAction = definePartnerAction({ name: "portal.setConsent", schema: ZPublicationConsent }, async ({ consent }, actor) => {
  await setPublicationConsent({ actor, partnerId: actor.partnerId, consent });
  revalidatePath("/portal");
  revalidatePath("/board");
  return { consent };
});
