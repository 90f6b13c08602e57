"use server";
import { revalidatePath } from "next/cache";
import { COORDINATOR_ROLES, defineAction } from "@/lib/actions/safe-action";
import { moveStage } from "@/lib/server/board/move-stage";
import { ZMoveStage } from "@/lib/validations/board";

export const moveStageAction = defineAction(
  { name: "moveStage", schema: ZMoveStage, roles: COORDINATOR_ROLES },
  async (data, actor) => {
    const result = await moveStage({ actor, move: data });
    revalidatePath("/board");
    revalidatePath(`/partners/${data.id}`);
    // Publishing and unpublishing show on the public directory and feed at once.
    revalidatePath("/partner");
    revalidatePath("/api/public/partners");
    return result;
  },
);
