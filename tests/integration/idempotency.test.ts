// A create whose answer was lost is retried by the user: the retry must return the
// first partner, not make a second one, also when both requests race.
import crypto from "node:crypto";
import { afterAll, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db";
import { createPartner } from "@/lib/server/partners/create-partner";
import { cleanupCreated, createActor, partnerInput, trackPartners } from "./fixtures";

afterAll(cleanupCreated);

describe("creating a partner with an idempotency key", () => {
  it("returns the first partner on a retry with the same key", async () => {
    const actor = await createActor();
    const data = partnerInput();
    const requestId = crypto.randomUUID();
    const first = await createPartner({ actor, data, requestId });
    const retry = await createPartner({ actor, data, requestId });
    trackPartners([first.id, retry.id]);
    expect(retry.id).toBe(first.id);
    expect(await prisma.partner.count({ where: { name: data.name } })).toBe(1);
    expect(await prisma.auditEvent.count({ where: { entityId: first.id, action: "partner.created" } })).toBe(1);
  });

  it("creates exactly one partner when the same submit arrives twice at once", async () => {
    const actor = await createActor();
    const data = partnerInput();
    const requestId = crypto.randomUUID();
    const results = await Promise.all(Array.from({ length: 5 }, () => createPartner({ actor, data, requestId })));
    trackPartners(results.map((r) => r.id));
    expect(new Set(results.map((r) => r.id)).size).toBe(1);
    expect(await prisma.partner.count({ where: { name: data.name } })).toBe(1);
    expect(await prisma.stageChange.count({ where: { partnerId: results[0].id } })).toBe(1);
  });

  it("keeps keys per account and creates a new partner for a new key", async () => {
    const [a, b] = [await createActor(), await createActor()];
    const data = partnerInput();
    const requestId = crypto.randomUUID();
    const ofA = await createPartner({ actor: a, data, requestId });
    const ofB = await createPartner({ actor: b, data, requestId });
    const again = await createPartner({ actor: a, data, requestId: crypto.randomUUID() });
    trackPartners([ofA.id, ofB.id, again.id]);
    expect(new Set([ofA.id, ofB.id, again.id]).size).toBe(3);
  });
});
