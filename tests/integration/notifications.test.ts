// Notifications: created by the process events, scoped to their user, marked read;
// the e-mail setting; the daily digest, sent once even with two workers.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db";
import type { TActor } from "@/lib/auth/session";
import { berlinDay } from "@/lib/domain/task-due";
import { getBoss } from "@/lib/server/jobs/boss";
import { DIGEST_QUEUE } from "@/lib/server/jobs/queues";
import { markAllRead, markRead } from "@/lib/server/notifications/mark-read";
import { countUnread, listNotifications } from "@/lib/server/notifications/queries";
import { submitProfileDraft } from "@/lib/server/portal/profile-draft";
import { createTask } from "@/lib/server/tasks/write-tasks";
import { setOwner } from "@/lib/server/owners/set-owner";
import { cleanupCreated, createActor, expectAppError, newPartner, uniqueToken } from "./fixtures";
import { drainQueues, spawnWorker, stopChild } from "./jobs";

let alice: TActor;
let bob: TActor;
const extraUsers: string[] = [];

beforeAll(async () => {
  alice = await createActor(["COORDINATOR"], "Alice Ørsted");
  bob = await createActor(["COORDINATOR"], "Bob Şahin");
});
afterAll(async () => {
  const ids = [alice.id, bob.id, ...extraUsers];
  await prisma.notification.deleteMany({ where: { userId: { in: ids } } });
  await prisma.outboxMail.deleteMany({ where: { to: { in: [alice.email, bob.email] } } });
  await prisma.profileDraft.deleteMany({ where: { submittedById: { in: extraUsers } } });
  await prisma.auditEvent.deleteMany({ where: { actorId: { in: extraUsers } } });
  await cleanupCreated();
  await prisma.user.deleteMany({ where: { id: { in: extraUsers } } });
});

async function partnerOwnedBy(owner: TActor) {
  const partner = await newPartner(alice);
  await setOwner({ actor: alice, data: { id: partner.id, version: 1, ownerId: owner.id } });
  const user = await prisma.user.create({ data: { email: `${uniqueToken()}@test.example`, name: "Paula", roles: ["PARTNER"], partnerId: partner.id } });
  extraUsers.push(user.id);
  const actor: TActor = { id: user.id, email: user.email, name: user.name, roles: ["PARTNER"], partnerId: partner.id };
  return { partner, partnerActor: actor };
}

describe("notifications", () => {
  it("a submitted profile change tells the owner only; counts and marking are scoped to the user", async () => {
    const { partner, partnerActor } = await partnerOwnedBy(bob);
    const before = { alice: await countUnread(alice.id), bob: await countUnread(bob.id) };
    await submitProfileDraft({ actor: partnerActor, partnerId: partner.id, data: { description: ["Lesecafé"], website: "" } });
    expect(await countUnread(bob.id)).toBe(before.bob + 1);
    expect(await countUnread(alice.id)).toBe(before.alice);
    const { items } = await listNotifications(bob.id);
    const n = items.find((x) => x.partnerId === partner.id)!;
    expect(n).toMatchObject({ kind: "PROFILE_SUBMITTED", link: `/partners/${partner.id}`, readAt: null });
    // Bob wants mail at once (the default): one mail for this kind.
    expect(await prisma.outboxMail.count({ where: { to: bob.email, subject: { contains: partner.name } } })).toBe(1);

    // Alice cannot mark Bob's notification; Bob can.
    await expectAppError(markRead({ actor: alice, id: n.id }), "NOT_FOUND");
    expect(await countUnread(bob.id)).toBe(before.bob + 1);
    await markRead({ actor: bob, id: n.id });
    expect(await countUnread(bob.id)).toBe(before.bob);
    await prisma.profileDraft.deleteMany({ where: { partnerId: partner.id } });
    await prisma.task.deleteMany({ where: { partnerId: partner.id } });
  });

  it("a task given to someone else notifies them, not the actor; mark all read clears only one's own", async () => {
    const partner = await newPartner(alice);
    await createTask({ actor: alice, data: { partnerId: partner.id, title: "Bitte anrufen", note: "", dueDate: berlinDay(new Date()), dueTime: "", assigneeId: bob.id } });
    await createTask({ actor: alice, data: { partnerId: partner.id, title: "Selbst erledigen", note: "", dueDate: berlinDay(new Date()), dueTime: "", assigneeId: alice.id } });
    const bobs = (await listNotifications(bob.id)).items.filter((x) => x.partnerId === partner.id);
    expect(bobs.map((x) => x.kind)).toEqual(["TASK_ASSIGNED"]);
    expect(bobs[0].subject).toContain("Bitte anrufen");
    expect((await listNotifications(alice.id)).items.filter((x) => x.partnerId === partner.id)).toHaveLength(0);
    await prisma.notification.create({ data: { userId: alice.id, kind: "JOIN_REQUEST", subject: "x", link: "/" } });
    await markAllRead({ actor: bob });
    expect(await countUnread(bob.id)).toBe(0);
    expect(await countUnread(alice.id)).toBeGreaterThan(0);
  });

  it("'off' and 'digest' users get no immediate mail for the coordinators' mails either", async () => {
    await prisma.user.update({ where: { id: bob.id }, data: { notifyEmail: "OFF" } });
    const partner = await newPartner(alice);
    await createTask({ actor: alice, data: { partnerId: partner.id, title: "Ohne Mail", note: "", dueDate: berlinDay(new Date()), dueTime: "", assigneeId: bob.id } });
    expect(await prisma.outboxMail.count({ where: { to: bob.email, subject: { contains: "Ohne Mail" } } })).toBe(0);
    expect((await listNotifications(bob.id)).items.some((x) => x.subject.includes("Ohne Mail"))).toBe(true);
    await prisma.user.update({ where: { id: bob.id }, data: { notifyEmail: "IMMEDIATE" } });
  });
});

describe("daily digest", () => {
  it("two workers running the digest at the same time send it once; the next day again", async () => {
    await drainQueues(); // nothing of earlier tests left in the queues
    await prisma.user.update({ where: { id: alice.id }, data: { notifyEmail: "DIGEST", digestHour: 7, lastDigestOn: null } });
    const partner = await newPartner(alice);
    await createTask({ actor: alice, data: { partnerId: partner.id, title: "Heute fällig", note: "", dueDate: "2026-03-10", dueTime: "", assigneeId: alice.id } });
    const workers = [spawnWorker({ WORKER_MODE: "digest" }), spawnWorker({ WORKER_MODE: "digest" })];
    try {
      await Promise.all(workers.map((w) => w.waitForLine((l) => l.includes('"ready"'))));
      const boss = await getBoss();
      // 07:30 in Berlin on 10 March 2026; four jobs at once, as if from several instances.
      const now = "2026-03-10T06:30:00.000Z";
      await Promise.all([1, 2, 3, 4].map(() => boss.send(DIGEST_QUEUE, { now })));
      await Promise.all(workers.map((w) => w.waitForLine((l) => l.includes('"digest"'))));
      // Wait until all four jobs are done.
      const done = async () => (await prisma.$queryRaw<{ n: bigint }[]>`SELECT count(*) AS n FROM pgboss.job WHERE name = ${DIGEST_QUEUE} AND state IN ('created', 'active', 'retry')`)[0].n === 0n;
      for (let i = 0; i < 100 && !(await done()); i++) await new Promise((r) => setTimeout(r, 100));
      const mails = await prisma.outboxMail.findMany({ where: { to: alice.email, subject: { contains: "10.03.2026" } } });
      expect(mails).toHaveLength(1);
      expect(mails[0].text).toContain("Heute fällig");
      const results = workers.flatMap((w) => w.lines.map((l) => JSON.parse(l) as { digest?: { sent: number } }).filter((l) => l.digest));
      expect(results.reduce((sum, r) => sum + r.digest!.sent, 0)).toBe(1);
      // Before the chosen hour on the next day: nothing; after it: the next digest.
      await boss.send(DIGEST_QUEUE, { now: "2026-03-11T05:30:00.000Z" });
      await boss.send(DIGEST_QUEUE, { now: "2026-03-11T06:30:00.000Z" });
      for (let i = 0; i < 100 && !(await done()); i++) await new Promise((r) => setTimeout(r, 100));
      expect(await prisma.outboxMail.count({ where: { to: alice.email, subject: { contains: "11.03.2026" } } })).toBe(1);
    } finally {
      await Promise.all(workers.map((w) => stopChild(w.child)));
      await prisma.user.update({ where: { id: alice.id }, data: { notifyEmail: "IMMEDIATE", lastDigestOn: null } });
    }
  });
});
