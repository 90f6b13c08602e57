"use server";
import { revalidatePath } from "next/cache";
import { COORDINATOR_ROLES, defineAction } from "@/lib/actions/safe-action";
import { updatePartner } from "@/lib/server/partners/update-partner";
import { ZPartnerUpdate } from "@/lib/validations/partner";

export const updatePartnerAction = defineAction(
  { name: "updatePartner", schema: ZPartnerUpdate, roles: COORDINATOR_ROLES },
  async (data, actor) => {
    const result = await updatePartner({ actor, data });
    revalidatePath(`/partners/${data.id}`);
    revalidatePath("/partners");
    revalidatePath("/board");
    return result;
  },
);
