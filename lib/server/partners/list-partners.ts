import "server-only";
import { prisma } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { germanSortKey } from "@/lib/domain/sort-name";
import type { TPartnerListQuery } from "@/lib/validations/partner";
import { OPEN_STAGES } from "@/lib/server/tasks/queries";
import { OWNER_ALL } from "@/lib/validations/board";

export function partnerWhere(q: Omit<TPartnerListQuery, "sort" | "dir" | "page" | "pageSize">): Prisma.PartnerWhereInput {
  const where: Prisma.PartnerWhereInput = {};
  if (q.archived === "active") where.archived = false;
  if (q.archived === "archived") where.archived = true;
  if (q.stage) where.stage = q.stage;
  if (q.circle) where.circle = q.circle;
  if (q.field) where.fieldsOfWork = { some: { fieldOfWorkId: q.field } };
  if (q.owner && q.owner !== OWNER_ALL) where.ownerId = q.owner;
  if (q.next === "none") {
    where.AND = [{ archived: false, stage: { in: [...OPEN_STAGES] }, tasks: { none: { status: "OPEN" } } }];
  }
  const text = q.q.trim();
  if (text) {
    const key = germanSortKey(text);
    where.OR = [
      // A term of punctuation only has an empty key, which must not match everything.
      ...(key ? [{ sortName: { contains: key } }] : []),
      { city: { contains: text, mode: "insensitive" } },
      { email: { contains: text.toLowerCase() } },
      { contacts: { some: { name: { contains: text, mode: "insensitive" } } } },
    ];
  }
  return where;
}

function orderBy(q: TPartnerListQuery): Prisma.PartnerOrderByWithRelationInput[] {
  const dir = q.dir;
  const byName: Prisma.PartnerOrderByWithRelationInput = { sortName: dir };
  switch (q.sort) {
    case "stage":
      return [{ stage: dir }, { sortName: "asc" }];
    case "circle":
      return [{ circle: dir }, { sortName: "asc" }];
    case "city":
      return [{ city: { sort: dir, nulls: "last" } }, { sortName: "asc" }];
    case "updatedAt":
      return [{ updatedAt: dir }, { id: "asc" }];
    default:
      return [byName, { id: "asc" }];
  }
}

export const partnerRowSelect = {
  id: true,
  name: true,
  kind: true,
  stage: true,
  circle: true,
  fieldsOfWork: { select: { fieldOfWorkId: true } },
  city: true,
  email: true,
  phone: true,
  archived: true,
  updatedAt: true,
  ownerId: true,
  owner: { select: { name: true } },
  version: true,
  contacts: { where: { isPrimary: true }, select: { name: true }, take: 1 },
} satisfies Prisma.PartnerSelect;

export type TPartnerRow = Prisma.PartnerGetPayload<{ select: typeof partnerRowSelect }>;

export async function listPartners(q: TPartnerListQuery) {
  const where = partnerWhere(q);
  const [total, rows] = await Promise.all([
    prisma.partner.count({ where }),
    prisma.partner.findMany({
      where,
      orderBy: orderBy(q),
      skip: (q.page - 1) * q.pageSize,
      take: q.pageSize,
      select: partnerRowSelect,
    }),
  ]);
  return { total, rows, pages: Math.max(1, Math.ceil(total / q.pageSize)) };
}

/** All rows of a filter, in batches, for the CSV export. */
export async function* iteratePartners(q: TPartnerListQuery, batch = 500) {
  const where = partnerWhere(q);
  for (let skip = 0; ; skip += batch) {
    const rows = await prisma.partner.findMany({ where, orderBy: orderBy(q), skip, take: batch, select: partnerRowSelect });
    yield* rows;
    if (rows.length < batch) return;
  }
}
