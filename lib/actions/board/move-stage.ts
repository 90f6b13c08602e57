"use server";
import { revalidatePath } from "next/cache";
import { COORDINATOR_ROLES, defineAction } from "@/lib/actions/safe-action";
import { moveStage } from "@/lib/server/board/move-stage";
import { ZMoveStage } from "@/lib/validations/board";

export const moveStageAction = defineAction(
  { name: "moveStage", schema: ZMoveStage, roles: COORDINATOR_ROLES },
  async (data, actor) => {
    const result = await moveStage({ actor, move: data });
    // Board and partner pages are dynamic: the board refreshes itself after a move. Revalidating
    // here would make every move response carry a full board render. Only the statically
    // rendered public directory and feed need it, when publishing or unpublishing.
    if (result.from === "PUBLISHED" || result.stage === "PUBLISHED") {
      revalidatePath("/partner");
      revalidatePath("/api/public/partners");
    }
    return result;
  },
);
