import "server-only";
import { prisma } from "@/lib/db";
import { STAGES, type TStage } from "@/lib/domain/fields-of-work";
import { blockersFor, nextStage, type TBlocker } from "@/lib/domain/stage-rules";
import type { TBoardFilters } from "@/lib/validations/board";
import { boardWhereSql } from "./board-where";
import { stageFactsInclude, toStageFacts } from "./stage-facts";
import { nextTasksFor, OPEN_STAGES, type TNextTask } from "@/lib/server/tasks/queries";

export const BOARD_PAGE_SIZE = 25;
const DAY_MS = 86_400_000;

export type TBoardCard = {
  id: string;
  name: string;
  stage: TStage;
  circle: "CORE" | "EXTENDED";
  archived: boolean;
  version: number;
  primaryContact: string | null;
  daysInStage: number;
  ownerId: string | null;
  ownerName: string | null;
  /** The earliest open task (the partner's next step). */
  nextTask: TNextTask | null;
  /** In an open stage with no open task: flagged "kein nächster Schritt". */
  noNextStep: boolean;
  nextStage: TStage | null;
  blockers: TBlocker[];
};

export type TBoardColumn = { stage: TStage; count: number; cards: TBoardCard[] };

/** Ids of the first `limit` cards per stage (longest in stage first), in one query. */
async function cardIds(filters: TBoardFilters, now: Date, opts: { stage?: TStage; offset?: number; limit: number }) {
  const where = boardWhereSql(filters, now);
  if (opts.stage) {
    const rows = await prisma.$queryRaw<{ id: string }[]>`
      SELECT p."id" FROM "Partner" p WHERE ${where} AND p."stage" = ${opts.stage}::"Stage"
      ORDER BY p."stageEnteredAt" ASC, p."id" ASC OFFSET ${opts.offset ?? 0} LIMIT ${opts.limit}`;
    return rows.map((r) => r.id);
  }
  const rows = await prisma.$queryRaw<{ id: string }[]>`
    SELECT "id" FROM (
      SELECT p."id", row_number() OVER (PARTITION BY p."stage" ORDER BY p."stageEnteredAt" ASC, p."id" ASC) AS rn
      FROM "Partner" p WHERE ${where}
    ) ranked WHERE rn <= ${opts.limit}`;
  return rows.map((r) => r.id);
}

async function loadCards(ids: string[], now: Date): Promise<TBoardCard[]> {
  if (ids.length === 0) return [];
  const [partners, nextTasks] = await Promise.all([
    prisma.partner.findMany({
      where: { id: { in: ids } },
      include: { ...stageFactsInclude, owner: { select: { name: true } } },
      orderBy: [{ stageEnteredAt: "asc" }, { id: "asc" }],
    }),
    nextTasksFor(ids, now),
  ]);
  return partners.map((p) => {
    const next = nextStage(p.stage);
    return {
      id: p.id,
      name: p.name,
      stage: p.stage,
      circle: p.circle,
      archived: p.archived,
      version: p.version,
      primaryContact: p.contacts[0]?.name ?? null,
      daysInStage: Math.max(0, Math.floor((now.getTime() - p.stageEnteredAt.getTime()) / DAY_MS)),
      ownerId: p.ownerId,
      ownerName: p.owner?.name ?? null,
      nextTask: nextTasks.get(p.id) ?? null,
      noNextStep: !p.archived && (OPEN_STAGES as readonly string[]).includes(p.stage) && !nextTasks.has(p.id),
      nextStage: next,
      blockers: next ? blockersFor(toStageFacts(p), next) : [],
    };
  });
}

/**
 * The whole board in a fixed number of queries, whatever the number of
 * partners: one aggregate for the counts, one for the card ids, and one
 * partner query (plus one per included relation) for the cards.
 */
export async function getBoard(filters: TBoardFilters, now = new Date()): Promise<TBoardColumn[]> {
  const where = boardWhereSql(filters, now);
  const [counts, ids] = await Promise.all([
    prisma.$queryRaw<{ stage: TStage; count: bigint }[]>`
      SELECT p."stage", count(*) AS count FROM "Partner" p WHERE ${where} GROUP BY p."stage"`,
    cardIds(filters, now, { limit: BOARD_PAGE_SIZE }),
  ]);
  const cards = await loadCards(ids, now);
  return STAGES.map((stage) => ({
    stage,
    count: Number(counts.find((c) => c.stage === stage)?.count ?? 0),
    cards: cards.filter((c) => c.stage === stage),
  }));
}

/** The next page of one column ("load more"). */
export async function getBoardColumnPage(filters: TBoardFilters, stage: TStage, offset: number, now = new Date()) {
  const ids = await cardIds(filters, now, { stage, offset, limit: BOARD_PAGE_SIZE });
  return loadCards(ids, now);
}

