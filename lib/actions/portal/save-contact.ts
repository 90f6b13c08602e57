"use server";
import { revalidatePath } from "next/cache";
import { definePartnerAction } from "@/lib/actions/safe-action";
import { addContact, updateContact } from "@/lib/server/contacts/save-contact";
import { ZContactInput, ZContactUpdate } from "@/lib/validations/contact";

// The partner id always comes from the session, never from the request.
export const portalAddContactAction = definePartnerAction({ name: "portal.addContact", schema: ZContactInput }, async (data, actor) => {
  const result = await addContact({ actor, data: { ...data, partnerId: actor.partnerId } });
  revalidatePath("/portal");
  return result;
});

export const portalUpdateContactAction = definePartnerAction({ name: "portal.updateContact", schema: ZContactUpdate }, async (data, actor) => {
  const result = await updateContact({ actor, data: { ...data, partnerId: actor.partnerId } });
  revalidatePath("/portal");
  return result;
});
