"use server";
import { revalidatePath } from "next/cache";
import { COORDINATOR_ROLES, defineAction } from "@/lib/actions/safe-action";
import { archivePartner, restorePartner } from "@/lib/server/partners/archive-partner";
import { ZArchivePartner, ZRestorePartner } from "@/lib/validations/partner";

function revalidate(id: string) {
  revalidatePath(`/partners/${id}`);
  revalidatePath("/partners");
  revalidatePath("/board");
}

export const archivePartnerAction = defineAction(
  { name: "archivePartner", schema: ZArchivePartner, roles: COORDINATOR_ROLES },
  async (data, actor) => {
    const result = await archivePartner({ actor, data });
    revalidate(data.id);
    return result;
  },
);

export const restorePartnerAction = defineAction(
  { name: "restorePartner", schema: ZRestorePartner, roles: COORDINATOR_ROLES },
  async (data, actor) => {
    const result = await restorePartner({ actor, data });
    revalidate(data.id);
    return result;
  },
);
