"use server";
import { z } from "zod";
import { defineAction } from "@/lib/actions/safe-action";
import { signOutEverywhere } from "@/lib/server/users/account";

export const signOutEverywhereAction = defineAction({ name: "account.signOutEverywhere", schema: z.object({}), roles: ["ADMIN", "COORDINATOR", "PARTNER"] }, async (_data, actor) => {
  await signOutEverywhere({ actor });
  return null;
});
