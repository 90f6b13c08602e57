"use server";
import { revalidatePath } from "next/cache";
import { COORDINATOR_ROLES, defineAction } from "@/lib/actions/safe-action";
import { saveJoinPage } from "@/lib/server/public/join-page";
import { renderMarkdown } from "@/lib/server/public/markdown";
import { ZJoinPageContent, ZMarkdownPreview } from "@/lib/validations/join";

export const saveJoinPageAction = defineAction({ name: "joinPage.save", schema: ZJoinPageContent, roles: COORDINATOR_ROLES }, async (data, actor) => {
  const result = await saveJoinPage({ actor, data });
  revalidatePath("/mitglied-werden");
  revalidatePath("/settings/join-page");
  return result;
});

/** The preview goes through the same sanitiser as the public page. */
export const previewJoinPageAction = defineAction({ name: "joinPage.preview", schema: ZMarkdownPreview, roles: COORDINATOR_ROLES }, async ({ markdown }) => ({
  html: renderMarkdown(markdown),
}));
