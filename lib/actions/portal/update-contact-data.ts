"use server";
import { revalidatePath } from "next/cache";
import { definePartnerAction } from "@/lib/actions/safe-action";
import { updateContactData } from "@/lib/server/portal/update-contact-data";
import { ZPartnerContactData } from "@/lib/validations/portal";

export const updateContactDataAction = definePartnerAction({ name: "portal.updateContactData", schema: ZPartnerContactData }, async (data, actor) => {
  const result = await updateContactData({ actor, partnerId: actor.partnerId, data });
  revalidatePath("/portal");
  return result;
});
