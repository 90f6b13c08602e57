"use server";
import { revalidatePath } from "next/cache";
import { COORDINATOR_ROLES, defineAction } from "@/lib/actions/safe-action";
import { createPartner } from "@/lib/server/partners/create-partner";
import { ZPartnerInput } from "@/lib/validations/partner";

export const createPartnerAction = defineAction(
  { name: "createPartner", schema: ZPartnerInput, roles: COORDINATOR_ROLES },
  async (data, actor) => {
    const partner = await createPartner({ actor, data });
    revalidatePath("/partners");
    revalidatePath("/board");
    return partner;
  },
);
