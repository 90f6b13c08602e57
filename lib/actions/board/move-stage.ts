"use server";
import { COORDINATOR_ROLES, defineAction } from "@/lib/actions/safe-action";
import { moveStage } from "@/lib/server/board/move-stage";
import { ZMoveStage } from "@/lib/validations/board";

export const moveStageAction = defineAction(
  { name: "moveStage", schema: ZMoveStage, roles: COORDINATOR_ROLES },
  async (data, actor) => {
    // Every page is dynamic (the public directory and feed too): the board refreshes
    // itself after a move, and revalidating here would make every move response carry
    // a full board render.
    return moveStage({ actor, move: data });
  },
);
