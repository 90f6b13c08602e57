"use server";
import { COORDINATOR_ROLES, defineAction } from "@/lib/actions/safe-action";
import { getBoardColumnPage } from "@/lib/server/board/get-board";
import { ZLoadColumn } from "@/lib/validations/board";

export const loadColumnAction = defineAction(
  { name: "loadColumn", schema: ZLoadColumn, roles: COORDINATOR_ROLES },
  async ({ filters, stage, offset }) => getBoardColumnPage(filters, stage, offset),
);
