"use server";
import { revalidatePath } from "next/cache";
import { COORDINATOR_ROLES, defineAction } from "@/lib/actions/safe-action";
import { addContact, setPrimaryContact, updateContact } from "@/lib/server/contacts/save-contact";
import { ZContactInput, ZContactUpdate, ZSetPrimaryContact } from "@/lib/validations/contact";

export const addContactAction = defineAction(
  { name: "addContact", schema: ZContactInput, roles: COORDINATOR_ROLES },
  async (data, actor) => {
    const result = await addContact({ actor, data });
    revalidatePath(`/partners/${data.partnerId}`);
    return result;
  },
);

export const updateContactAction = defineAction(
  { name: "updateContact", schema: ZContactUpdate, roles: COORDINATOR_ROLES },
  async (data, actor) => {
    const result = await updateContact({ actor, data });
    revalidatePath(`/partners/${data.partnerId}`);
    return result;
  },
);

export const setPrimaryContactAction = defineAction(
  { name: "setPrimaryContact", schema: ZSetPrimaryContact, roles: COORDINATOR_ROLES },
  async (data, actor) => {
    await setPrimaryContact({ actor, ...data });
    revalidatePath(`/partners/${data.partnerId}`);
    return null;
  },
);
