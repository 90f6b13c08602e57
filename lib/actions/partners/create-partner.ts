"use server";
import { revalidatePath } from "next/cache";
import { COORDINATOR_ROLES, defineAction } from "@/lib/actions/safe-action";
import { createPartner } from "@/lib/server/partners/create-partner";
import { ZPartnerCreate } from "@/lib/validations/partner";

export const createPartnerAction = defineAction(
  { name: "createPartner", schema: ZPartnerCreate, roles: COORDINATOR_ROLES },
  async ({ requestId, ...data }, actor) => {
    const partner = await createPartner({ actor, data, requestId });
    revalidatePath("/partners");
    revalidatePath("/board");
    return partner;
  },
);
