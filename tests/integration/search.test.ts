import { describe, expect, it } from "vitest";
import { prisma } from "@/lib/db";
import { germanSortKey } from "@/lib/domain/sort-name";
import { getBoard } from "@/lib/server/board/get-board";
import { listPartners } from "@/lib/server/partners/list-partners";
import { parseBoardFilters } from "@/lib/validations/board";
import { parseListQuery } from "@/lib/validations/partner";

describe("search terms without Latin letters", () => {
  it("match only what they name (list and board), not every partner", async () => {
    const name = `Ромашка ${Date.now()}`;
    await prisma.partner.create({ data: { name, sortName: germanSortKey(name) } });
    expect((await listPartners(parseListQuery({ q: "ромашка" }))).total).toBeGreaterThanOrEqual(1);
    expect((await listPartners(parseListQuery({ q: "Ъъъщщщ" }))).total).toBe(0);
    expect((await listPartners(parseListQuery({ q: "&" }))).total).toBe(0);
    const board = await getBoard(parseBoardFilters({ q: "–" }));
    expect(board.reduce((n, c) => n + c.count, 0)).toBe(0);
  });
});
