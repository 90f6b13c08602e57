import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";
import { germanSortKey } from "@/lib/domain/sort-name";
import type { TBoardFilters } from "@/lib/validations/board";
import { noNextStepSql } from "@/lib/server/tasks/queries";
import { OWNER_ALL } from "@/lib/validations/board";

const DAY_MS = 86_400_000;

/** The board's filters as one SQL condition, shared by the count and the card queries. */
export function boardWhereSql(f: TBoardFilters, now = new Date()): Prisma.Sql {
  const parts: Prisma.Sql[] = [];
  if (!f.archived) parts.push(Prisma.sql`p."archived" = false`);
  if (f.circle) parts.push(Prisma.sql`p."circle" = ${f.circle}::"Circle"`);
  if (f.field) parts.push(Prisma.sql`EXISTS (SELECT 1 FROM "PartnerFieldOfWork" pf WHERE pf."partnerId" = p."id" AND pf."fieldOfWorkId" = ${f.field})`);
  if (f.owner && f.owner !== OWNER_ALL) parts.push(Prisma.sql`p."ownerId" = ${f.owner}`);
  if (f.next === "none") parts.push(noNextStepSql);
  if (f.stuck) parts.push(Prisma.sql`p."stageEnteredAt" < ${new Date(now.getTime() - f.stuck * DAY_MS)}`);
  const q = f.q.trim();
  if (q) {
    const sortKey = germanSortKey(q).replace(/[%_\\]/g, "");
    const raw = `%${q.replace(/[%_\\]/g, "")}%`;
    // A term of punctuation only has an empty key, which must not match everything.
    const byName = sortKey ? Prisma.sql`p."sortName" LIKE ${`%${sortKey}%`} OR ` : Prisma.empty;
    parts.push(Prisma.sql`(${byName}p."city" ILIKE ${raw} OR p."email" ILIKE ${raw})`);
  }
  return parts.length ? Prisma.join(parts, " AND ") : Prisma.sql`TRUE`;
}
