import pg from "pg";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { prisma } from "@/lib/db";
import type { TActor } from "@/lib/auth/session";
import { STAGES } from "@/lib/domain/fields-of-work";
import { germanSortKey } from "@/lib/domain/sort-name";
import { AppError } from "@/lib/errors";
import { logActivity } from "@/lib/server/activities/log-activity";
import { BOARD_PAGE_SIZE, getBoard } from "@/lib/server/board/get-board";
import { moveStage } from "@/lib/server/board/move-stage";
import { archivePartner } from "@/lib/server/partners/archive-partner";
import { parseBoardFilters } from "@/lib/validations/board";
import { auditCount, cleanupCreated, createActor, expectAppError, newPartner, trackPartners, uniqueToken } from "./fixtures";

let actor: TActor;
beforeAll(async () => {
  actor = await createActor();
});
afterAll(cleanupCreated);

const meeting = (partnerId: string) =>
  logActivity({ actor, data: { partnerId, kind: "MEETING", occurredAt: new Date().toISOString(), summary: "Kennenlernen", location: "" } });
const stageChanges = (partnerId: string) => prisma.stageChange.findMany({ where: { partnerId }, orderBy: { at: "asc" } });

describe("moveStage", () => {
  it("refuses a blocked move with STAGE_BLOCKED and its blockers, and writes nothing", async () => {
    const { id } = await newPartner(actor);
    const before = await prisma.partner.findUniqueOrThrow({ where: { id } });
    const audits = await auditCount(id);

    const err = await expectAppError(moveStage({ actor, move: { id, version: 1, to: "MET" } }), "STAGE_BLOCKED");
    expect(err.details).toEqual({ reason: "blocked", blockers: ["noMeeting"] });
    const skip = await expectAppError(moveStage({ actor, move: { id, version: 1, to: "PUBLISHED" } }), "STAGE_BLOCKED");
    expect(skip.details?.blockers).toEqual(["noMeeting", "noPrimaryContact", "agreementNotSigned", "logoMissing", "descriptionMissing", "consentMissing"]);

    expect(await prisma.partner.findUniqueOrThrow({ where: { id } })).toEqual(before);
    expect(await stageChanges(id)).toHaveLength(1);
    expect(await auditCount(id)).toBe(audits);
  });

  it("after a MEETING activity the move to MET succeeds and records StageChange, audit and stageEnteredAt", async () => {
    const { id } = await newPartner(actor);
    const before = await prisma.partner.findUniqueOrThrow({ where: { id } });
    await meeting(id);

    const started = Date.now();
    expect(await moveStage({ actor, move: { id, version: 1, to: "MET" } })).toEqual({ id, version: 2, stage: "MET", from: "CONTACTED" });

    const after = await prisma.partner.findUniqueOrThrow({ where: { id } });
    expect(after).toMatchObject({ stage: "MET", version: 2 });
    expect(after.stageEnteredAt.getTime()).toBeGreaterThan(before.stageEnteredAt.getTime());
    expect(after.stageEnteredAt.getTime()).toBeGreaterThanOrEqual(started - 1000);

    const changes = await stageChanges(id);
    expect(changes).toHaveLength(2);
    expect(changes[1]).toMatchObject({ fromStage: "CONTACTED", toStage: "MET", reason: null, actorId: actor.id });
    expect(changes[1].at.getTime()).toBe(after.stageEnteredAt.getTime());

    const audit = await prisma.auditEvent.findMany({ where: { entity: "Partner", entityId: id, action: "partner.stageMoved" } });
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ actorId: actor.id, data: { from: "CONTACTED", to: "MET", reason: null } });
  });

  it("moving back needs a reason, which is stored; the old version is a CONFLICT", async () => {
    const { id } = await newPartner(actor);
    await meeting(id);
    await moveStage({ actor, move: { id, version: 1, to: "MET" } });

    await expectAppError(moveStage({ actor, move: { id, version: 1, to: "CONTACTED", reason: "Zurück auf Anfang" } }), "CONFLICT");
    const noReason = await expectAppError(moveStage({ actor, move: { id, version: 2, to: "CONTACTED", reason: "  " } }), "STAGE_BLOCKED");
    expect(noReason.details).toEqual({ reason: "reasonRequired", blockers: [] });
    const same = await expectAppError(moveStage({ actor, move: { id, version: 2, to: "MET" } }), "STAGE_BLOCKED");
    expect(same.details?.reason).toBe("sameStage");

    expect(await moveStage({ actor, move: { id, version: 2, to: "CONTACTED", reason: "  Ansprechperson gewechselt " } })).toMatchObject({ version: 3 });
    const last = (await stageChanges(id)).at(-1);
    expect(last).toMatchObject({ fromStage: "MET", toStage: "CONTACTED", reason: "Ansprechperson gewechselt" });
  });

  it("an archived partner cannot be moved", async () => {
    const { id } = await newPartner(actor);
    await meeting(id);
    await archivePartner({ actor, data: { id, version: 1, reason: "Fusion" } });
    await expectAppError(moveStage({ actor, move: { id, version: 2, to: "MET" } }), "ARCHIVED");
    await expectAppError(moveStage({ actor, move: { id: "does-not-exist", version: 1, to: "MET" } }), "NOT_FOUND");
  });

  it("two concurrent moves with the same version: exactly one wins, the other gets CONFLICT", async () => {
    const { id } = await newPartner(actor);
    await meeting(id);
    const results = await Promise.allSettled([
      moveStage({ actor, move: { id, version: 1, to: "MET" } }),
      moveStage({ actor, move: { id, version: 1, to: "MET" } }),
    ]);
    const fulfilled = results.filter((r) => r.status === "fulfilled");
    const rejected = results.filter((r): r is PromiseRejectedResult => r.status === "rejected");
    expect(fulfilled).toHaveLength(1);
    expect(rejected).toHaveLength(1);
    expect(rejected[0].reason).toBeInstanceOf(AppError);
    expect((rejected[0].reason as AppError).code).toBe("CONFLICT");

    expect(await prisma.partner.findUniqueOrThrow({ where: { id } })).toMatchObject({ stage: "MET", version: 2 });
    expect((await stageChanges(id)).filter((c) => c.toStage === "MET")).toHaveLength(1);
    expect(await auditCount(id, "partner.stageMoved")).toBe(1);
  });
});

describe("getBoard", () => {
  const token = uniqueToken("board");
  const base = Date.now() - 100 * 86_400_000;

  /** Adds partners named "<token> n" for n in [from, to), stages round-robin, older first. */
  async function addPartners(from: number, to: number) {
    const rows = await prisma.partner.createManyAndReturn({
      data: Array.from({ length: to - from }, (_, k) => {
        const n = from + k;
        const name = `Zz-Test Board ${token} ${n}`;
        return {
          name,
          sortName: germanSortKey(name),
          stage: STAGES[n % STAGES.length],
          stageEnteredAt: new Date(base + n * 60_000),
          description: [],
        };
      }),
      select: { id: true },
    });
    trackPartners(rows.map((r) => r.id));
  }

  /** Runs getBoard and counts the SQL statements it sends through pg. */
  async function boardWithQueryCount() {
    const filters = parseBoardFilters({ q: token });
    await getBoard(filters); // warm-up: connections and prepared state
    const spy = vi.spyOn(pg.Client.prototype, "query"); // calls through; every statement of the adapter passes here
    try {
      const board = await getBoard(filters);
      const sql = spy.mock.calls.map(([first]) => (typeof first === "string" ? first : ((first as { text?: string })?.text ?? "?")));
      return { board, sql };
    } finally {
      spy.mockRestore();
    }
  }

  it("uses the same number of queries for 10 and for 1,000 partners, at most a page of cards per column", async () => {
    await addPartners(0, 10);
    const small = await boardWithQueryCount();
    expect(small.board.map((c) => c.count)).toEqual([3, 3, 2, 2]);
    expect(small.board.map((c) => c.cards.length)).toEqual([3, 3, 2, 2]);

    await addPartners(10, 1000);
    const large = await boardWithQueryCount();
    expect(large.board.map((c) => c.stage)).toEqual([...STAGES]);
    expect(large.board.map((c) => c.count)).toEqual([250, 250, 250, 250]);
    expect(large.board.reduce((sum, c) => sum + c.count, 0)).toBe(1000);
    for (const column of large.board) {
      expect(column.cards).toHaveLength(BOARD_PAGE_SIZE);
      expect(column.cards.every((c) => c.stage === column.stage)).toBe(true);
      // Longest in stage first.
      expect(column.cards[0].name).toBe(`Zz-Test Board ${token} ${STAGES.indexOf(column.stage)}`);
    }

    expect(small.sql.length).toBeGreaterThan(0);
    expect(large.sql.length, `10 partners:\n${small.sql.join("\n")}\n\n1000 partners:\n${large.sql.join("\n")}`).toBe(small.sql.length);
    expect(large.sql.length).toBeLessThanOrEqual(10);
  });
});
