import "server-only";
import { prisma } from "@/lib/db";
import type { TActor } from "@/lib/auth/session";
import { AppError } from "@/lib/errors";
import { writeAudit } from "@/lib/server/audit";
import type { TJoinPageContent } from "@/lib/validations/join";
import { renderMarkdown } from "./markdown";

export const JOIN_PAGE_KEY = "join-page";

/** What /mitglied-werden shows: the coordinators' text (sanitised HTML) and the current values, one per line. */
export async function getJoinPage() {
  const [content, values] = await Promise.all([
    prisma.siteContent.findUnique({ where: { key: JOIN_PAGE_KEY } }),
    prisma.valuesVersion.findFirst({ orderBy: { version: "desc" }, select: { version: true, valuesText: true } }),
  ]);
  return {
    html: content ? renderMarkdown(content.markdown) : "",
    values: (values?.valuesText ?? "")
      .split("\n")
      .map((line) => line.trim())
      .filter(Boolean),
  };
}

/** The editor's view: the Markdown and the version stamp it edits on top of. */
export async function getJoinPageSource() {
  const content = await prisma.siteContent.findUnique({ where: { key: JOIN_PAGE_KEY } });
  return { markdown: content?.markdown ?? "", updatedAt: content?.updatedAt.toISOString() ?? "" };
}

/** Saves the join page text; editing on top of a version someone else replaced is a conflict. */
export async function saveJoinPage({ actor, data }: { actor: TActor; data: TJoinPageContent }) {
  return prisma.$transaction(async (tx) => {
    const current = await tx.siteContent.findUnique({ where: { key: JOIN_PAGE_KEY } });
    if ((current?.updatedAt.toISOString() ?? "") !== data.basedOn) throw new AppError("CONFLICT");
    const saved = await tx.siteContent.upsert({
      where: { key: JOIN_PAGE_KEY },
      update: { markdown: data.markdown, updatedById: actor.id },
      create: { key: JOIN_PAGE_KEY, markdown: data.markdown, updatedById: actor.id },
    });
    await writeAudit(tx, { actorId: actor.id, action: "siteContent.updated", entity: "Settings", entityId: JOIN_PAGE_KEY, data: { key: JOIN_PAGE_KEY } });
    return { updatedAt: saved.updatedAt.toISOString() };
  });
}
