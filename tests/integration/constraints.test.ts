// Rules the database holds (partial unique indexes, foreign keys): two writes that
// conflict are fired at the same moment through the real server functions. A gate
// (a third connection holding a lock every write needs at its end) keeps both
// transactions open until both are inside, so the race is real, not a sequence.
// Exactly one wins; the other gets a friendly AppError, never INTERNAL.
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db";
import type { TActor } from "@/lib/auth/session";
import { AppError } from "@/lib/errors";
import { germanSortKey } from "@/lib/domain/sort-name";
import { createTranslator } from "@/lib/i18n/translate";
import { generateAgreement } from "@/lib/server/agreements/generate";
import { addContact, setPrimaryContact } from "@/lib/server/contacts/save-contact";
import { createFieldOfWork } from "@/lib/server/fields-of-work/write";
import { submitProfileDraft } from "@/lib/server/portal/profile-draft";
import { de } from "@/messages/de";
import { en } from "@/messages/en";
import { cleanupCreated, createActor, newPartner, uniqueToken } from "./fixtures";

let coordinator: TActor;
beforeAll(async () => {
  coordinator = await createActor(["COORDINATOR"]);
});
afterAll(async () => {
  await prisma.fieldOfWork.deleteMany({ where: { id: { startsWith: "ZZ_TEST_" } } });
  await cleanupCreated();
});

/**
 * Runs `writes` concurrently while a gate connection holds SHARE on "AuditEvent"
 * (every write audits last, in its transaction). Opens the gate once all writes
 * wait on a lock (the gate, or each other), then returns their outcomes.
 */
async function race<T>(writes: (() => Promise<T>)[]) {
  const gate = new pg.Client({ connectionString: process.env.DATABASE_URL });
  // A second connection watches: inside the gate's transaction pg_stat_activity is a frozen snapshot.
  const watch = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await Promise.all([gate.connect(), watch.connect()]);
  try {
    await gate.query(`BEGIN; LOCK TABLE "AuditEvent" IN SHARE MODE`);
    let done = false;
    const outcomes = Promise.allSettled(writes.map((w) => w())).finally(() => (done = true));
    const deadline = Date.now() + 15_000;
    let waiting = 0;
    while (!done && Date.now() < deadline) {
      const { rows } = await watch.query<{ n: number }>(
        `SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'`,
      );
      waiting = rows[0].n;
      if (waiting >= writes.length) break;
      await new Promise((r) => setTimeout(r, 20));
    }
    await gate.query("COMMIT");
    const settled = await outcomes;
    // Both were inside their transactions at the same time: a real race.
    expect(waiting, "all writes were in flight together").toBe(writes.length);
    return settled;
  } finally {
    await Promise.all([gate.end(), watch.end()]);
  }
}

/** Exactly one write won; the loser's error is a friendly AppError with a translated message. */
function oneWins<T>(settled: PromiseSettledResult<T>[], message: string) {
  const won = settled.filter((s) => s.status === "fulfilled");
  const lost = settled.filter((s): s is PromiseRejectedResult => s.status === "rejected");
  expect(won).toHaveLength(1);
  expect(lost).toHaveLength(1);
  const err = lost[0].reason as AppError;
  expect(err).toBeInstanceOf(AppError);
  expect(err.code).not.toBe("INTERNAL");
  expect(err.message).toBe(message);
  expect(err.details?.messageKey).toBe(message);
  for (const catalogue of [de, en]) expect(createTranslator(catalogue)(message)).not.toBe(message);
  return (won[0] as PromiseFulfilledResult<T>).value;
}

describe("one primary contact per partner", () => {
  it("two coordinators make different contacts primary at the same moment: one wins", async () => {
    const partner = await newPartner(coordinator);
    const base = { partnerId: partner.id, function: "", email: "", phone: "", publicConsent: false };
    await addContact({ actor: coordinator, data: { ...base, name: "Erste Person", isPrimary: true } });
    const a = await addContact({ actor: coordinator, data: { ...base, name: "Ayşe Yıldız", isPrimary: false } });
    const b = await addContact({ actor: coordinator, data: { ...base, name: "Łukasz Żółć", isPrimary: false } });

    const settled = await race([a, b].map((c) => () => setPrimaryContact({ actor: coordinator, partnerId: partner.id, contactId: c.id })));
    oneWins(settled, "constraints.onePrimaryContact");
    const primaries = await prisma.contactPerson.findMany({ where: { partnerId: partner.id, isPrimary: true } });
    expect(primaries).toHaveLength(1);
    expect([a.id, b.id]).toContain(primaries[0].id);
    // The loser wrote nothing: one audit entry for the two attempts.
    expect(await prisma.auditEvent.count({ where: { entityId: partner.id, action: "contact.primarySet" } })).toBe(1);
  });

  it("two new primary contacts added at the same moment: one wins, the field says why", async () => {
    const partner = await newPartner(coordinator);
    const data = (name: string) => ({ partnerId: partner.id, name, function: "", email: "", phone: "", isPrimary: true, publicConsent: false });
    const settled = await race([() => addContact({ actor: coordinator, data: data("Nguyễn Thị Minh") }), () => addContact({ actor: coordinator, data: data("Ромашка Иванова") })]);
    oneWins(settled, "constraints.onePrimaryContact");
    const loser = settled.find((s): s is PromiseRejectedResult => s.status === "rejected")!.reason as AppError;
    expect(loser.details?.fieldErrors).toEqual({ isPrimary: "constraints.onePrimaryContact" });
    expect(await prisma.contactPerson.count({ where: { partnerId: partner.id } })).toBe(1);
  });
});

describe("one pending profile draft per partner", () => {
  it("two partner users submit a draft at the same moment: one wins", async () => {
    const partner = await newPartner(coordinator);
    const users = await Promise.all(
      ["A", "B"].map((n) => prisma.user.create({ data: { email: `${uniqueToken()}@test.example`, name: `Partner ${n}`, roles: ["PARTNER"], partnerId: partner.id } })),
    );
    const actors: TActor[] = users.map((u) => ({ id: u.id, email: u.email, name: u.name, roles: u.roles, partnerId: partner.id }));
    const settled = await race(actors.map((actor, i) => () => submitProfileDraft({ actor, partnerId: partner.id, data: { description: [`Punkt ${i}`], website: "" } })));
    oneWins(settled, "constraints.onePendingDraft");
    expect(await prisma.profileDraft.count({ where: { partnerId: partner.id, status: "PENDING" } })).toBe(1);
    await prisma.profileDraft.deleteMany({ where: { partnerId: partner.id } });
    await prisma.user.deleteMany({ where: { id: { in: users.map((u) => u.id) } } });
  });
});

describe("one open agreement per partner", () => {
  it("two coordinators generate an agreement at the same moment: one wins, nothing of the other stays", async () => {
    // Agreements are never deleted, so this partner is not cleaned up (like the other agreement tests).
    const name = `Zz-Test Vereinbarung ${uniqueToken()}`;
    const partner = await prisma.partner.create({ data: { name, sortName: germanSortKey(name) } });
    const settled = await race([0, 1].map(() => () => generateAgreement({ actor: coordinator, partnerId: partner.id })));
    const won = oneWins(settled, "constraints.oneOpenAgreement");
    const agreements = await prisma.agreement.findMany({ where: { partnerId: partner.id } });
    expect(agreements.map((a) => [a.id, a.status])).toEqual([[won.agreementId, "DRAFT"]]);
    expect(await prisma.agreementDocument.count({ where: { agreement: { partnerId: partner.id } } })).toBe(1);

    // Asking again (not racing) is refused by the code check, with the same message, writing nothing.
    const again = await generateAgreement({ actor: coordinator, partnerId: partner.id }).catch((e: unknown) => e);
    expect(again).toBeInstanceOf(AppError);
    expect((again as AppError).message).toBe("constraints.oneOpenAgreement");
    expect(await prisma.agreement.count({ where: { partnerId: partner.id } })).toBe(1);
  });
});

describe("field-of-work ids", () => {
  it("two coordinators add the same id at the same moment: one wins, the other is told the id is taken", async () => {
    const id = `ZZ_TEST_${uniqueToken().toUpperCase()}`;
    const data = { id, labelDe: "Lesen", labelEn: "Reading", sortOrder: 900 };
    const settled = await race([0, 1].map(() => () => createFieldOfWork({ actor: coordinator, data })));
    oneWins(settled, "settings.fieldsOfWork.errors.idTaken");
    expect(await prisma.fieldOfWork.count({ where: { id } })).toBe(1);
  });
});

describe("foreign keys", () => {
  it("refuse ids that name no row, and keep the records when an account is erased (actor ids become null)", async () => {
    const partner = await newPartner(coordinator);
    await expect(prisma.partner.update({ where: { id: partner.id }, data: { publicationConsentById: "no-such-user" } })).rejects.toThrow();
    await expect(prisma.partnerFieldOfWork.create({ data: { partnerId: partner.id, fieldOfWorkId: "NO_SUCH_FIELD" } })).rejects.toThrow();

    const person = await prisma.user.create({ data: { email: `${uniqueToken()}@test.example`, name: "Wird gelöscht", roles: ["PARTNER"], partnerId: partner.id } });
    const feedback = await prisma.feedback.create({
      data: { partnerId: partner.id, kind: "PROBLEM", title: "T", createdById: person.id, messages: { create: { authorId: person.id, body: "B" } } },
    });
    await prisma.partner.update({ where: { id: partner.id }, data: { publicationConsentAt: new Date(), publicationConsentById: person.id } });
    await prisma.user.delete({ where: { id: person.id } });

    const kept = await prisma.feedback.findUniqueOrThrow({ where: { id: feedback.id }, include: { messages: true } });
    expect(kept.createdById).toBeNull();
    expect(kept.messages.map((m) => [m.body, m.authorId])).toEqual([["B", null]]);
    const p = await prisma.partner.findUniqueOrThrow({ where: { id: partner.id } });
    expect(p.publicationConsentById).toBeNull();
    expect(p.publicationConsentAt).not.toBeNull();
    await prisma.feedbackMessage.deleteMany({ where: { feedbackId: feedback.id } });
    await prisma.feedback.delete({ where: { id: feedback.id } });
  });
});
