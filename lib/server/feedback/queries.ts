import "server-only";
import { prisma } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { TFeedbackStatus } from "@/lib/validations/feedback";

/** Who is reading: a partner user sees only their own partner's threads; coordinators see all. */
export type TFeedbackScope = { kind: "partner"; partnerId: string } | { kind: "coordinator" };

const scopeWhere = (scope: TFeedbackScope): Prisma.FeedbackWhereInput => (scope.kind === "partner" ? { partnerId: scope.partnerId } : {});

const threadFields = {
  id: true,
  kind: true,
  title: true,
  status: true,
  createdAt: true,
  updatedAt: true,
  partner: { select: { id: true, name: true } },
} as const;

const listSelect = {
  ...threadFields,
  _count: { select: { messages: true } },
} satisfies Prisma.FeedbackSelect;

export type TFeedbackListItem = Prisma.FeedbackGetPayload<{ select: typeof listSelect }>;

/** The threads of one partner, newest activity first (portal list and the coordinator's partner page). */
export function listFeedbackOfPartner(partnerId: string, take = 100) {
  return prisma.feedback.findMany({ where: { partnerId }, orderBy: { updatedAt: "desc" }, select: listSelect, take });
}

export const INBOX_PAGE_SIZE = 50;

/** The coordinators' inbox; "UNRESOLVED" = open or in progress. */
export async function listFeedbackInbox({ status, page }: { status: TFeedbackStatus | "UNRESOLVED" | "ALL"; page: number }) {
  const where: Prisma.FeedbackWhereInput =
    status === "ALL" ? {} : status === "UNRESOLVED" ? { status: { in: ["OPEN", "IN_PROGRESS"] } } : { status };
  const [items, total] = await Promise.all([
    prisma.feedback.findMany({ where, orderBy: { updatedAt: "desc" }, select: listSelect, skip: (page - 1) * INBOX_PAGE_SIZE, take: INBOX_PAGE_SIZE }),
    prisma.feedback.count({ where }),
  ]);
  return { items, total, pages: Math.max(1, Math.ceil(total / INBOX_PAGE_SIZE)) };
}

/** One thread with its messages, within the caller's scope (another partner's thread is NOT_FOUND). */
export async function getFeedbackThread({ id, scope }: { id: string; scope: TFeedbackScope }) {
  const feedback = await prisma.feedback.findFirst({
    where: { id, ...scopeWhere(scope) },
    select: {
      ...threadFields,
      messages: { orderBy: { createdAt: "asc" }, select: { id: true, body: true, createdAt: true, author: { select: { name: true, roles: true } } } },
    },
  });
  if (!feedback) throw new AppError("NOT_FOUND");
  return {
    ...feedback,
    messages: feedback.messages.map((m) => {
      // No author: the account was erased (the message stays).
      const a = m.author;
      return {
        id: m.id,
        body: m.body,
        createdAt: m.createdAt,
        authorName: a?.name ?? "—",
        fromCoordination: Boolean(a?.roles.some((r) => r === "COORDINATOR" || r === "ADMIN")),
      };
    }),
  };
}
export type TFeedbackThread = Awaited<ReturnType<typeof getFeedbackThread>>;
