// Tasks (Wiedervorlagen), owners and the automatic tasks, through the real domain
// functions and the real database.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db";
import type { TActor } from "@/lib/auth/session";
import { addDays, addWorkingDays, berlinDay } from "@/lib/domain/task-due";
import { getBoard } from "@/lib/server/board/get-board";
import { moveStage } from "@/lib/server/board/move-stage";
import { generateAgreement } from "@/lib/server/agreements/generate";
import { remindAgreement } from "@/lib/server/agreements/notify";
import { countersign, partnerSign, sendAgreement } from "@/lib/server/agreements/transitions";
import { getBoss } from "@/lib/server/jobs/boss";
import { TASK_CHECK_QUEUE } from "@/lib/server/jobs/queues";
import { listPartners } from "@/lib/server/partners/list-partners";
import { reviewProfileDraft, submitProfileDraft } from "@/lib/server/portal/profile-draft";
import { issueFormToken } from "@/lib/server/public/form-token";
import { submitJoinRequest } from "@/lib/server/public/submit-join";
import { setOwner, setOwners } from "@/lib/server/owners/set-owner";
import { listOpenTasks, listPartnerTasks } from "@/lib/server/tasks/queries";
import { completeTask, createTask, reopenTask, updateTask } from "@/lib/server/tasks/write-tasks";
import { logActivity } from "@/lib/server/activities/log-activity";
import { parseBoardFilters } from "@/lib/validations/board";
import { parseListQuery } from "@/lib/validations/partner";
import { auditCount, cleanupCreated, createActor, expectAppError, newPartner, trackPartners, uniqueToken } from "./fixtures";
import { drainQueues } from "./jobs";

let coordinator: TActor;
let other: TActor;
const today = () => berlinDay(new Date());
const openTasks = (partnerId: string, kind?: string) => prisma.task.findMany({ where: { partnerId, status: "OPEN", ...(kind ? { kind: kind as never } : {}) } });

beforeAll(async () => {
  coordinator = await createActor(["COORDINATOR"], "Ayşe Yıldız");
  other = await createActor(["COORDINATOR"], "Łukasz Żółć");
});
afterAll(cleanupCreated);

const fields = (over: Record<string, string> = {}) => ({ title: "Rückruf wegen Termin", note: "", dueDate: today(), dueTime: "", assigneeId: coordinator.id, ...over });
const noExtras = { logActivity: false, activity: { kind: "NOTE" as const, summary: "" }, scheduleNext: false, next: { title: "", note: "", dueDate: "", dueTime: "", assigneeId: "" } };

describe("tasks", () => {
  it("create, edit, complete with an activity and the next task, reopen — each audited, stale versions refused", async () => {
    const partner = await newPartner(coordinator);
    const { id } = await createTask({ actor: coordinator, data: { partnerId: partner.id, ...fields() } });
    expect(await auditCount(partner.id, "task.created")).toBe(1);

    await updateTask({ actor: coordinator, data: { id, version: 1, ...fields({ dueDate: addDays(today(), -2), assigneeId: other.id }) } });
    expect(await auditCount(partner.id, "task.updated")).toBe(1);
    await expectAppError(updateTask({ actor: coordinator, data: { id, version: 1, ...fields() } }), "CONFLICT");

    // Overdue and assigned to `other`: in their overdue group, not in mine.
    expect((await listOpenTasks({ assigneeId: other.id })).groups.overdue.map((t) => t.id)).toContain(id);
    expect((await listOpenTasks({ assigneeId: coordinator.id })).groups.overdue.map((t) => t.id)).not.toContain(id);

    const done = await completeTask({
      actor: coordinator,
      data: { id, version: 2, logActivity: true, activity: { kind: "CALL", summary: "Angerufen, Termin steht" }, scheduleNext: true, next: { ...fields({ title: "Kennenlernen vorbereiten", dueDate: addDays(today(), 3) }), note: "" } },
    });
    expect(done.activityId).not.toBeNull();
    expect(done.nextTaskId).not.toBeNull();
    const tasks = await listPartnerTasks(partner.id);
    expect(tasks.open.map((t) => t.title)).toEqual(["Kennenlernen vorbereiten"]);
    expect(tasks.done[0]).toMatchObject({ id, status: "DONE", completedByName: "Ayşe Yıldız" });
    expect(await prisma.activity.count({ where: { partnerId: partner.id, kind: "CALL" } })).toBe(1);
    expect(await auditCount(partner.id, "task.completed")).toBe(1);

    await expectAppError(completeTask({ actor: coordinator, data: { id, version: 3, ...noExtras } }), "CONFLICT");
    await reopenTask({ actor: coordinator, data: { id, version: 3 } });
    expect((await prisma.task.findUniqueOrThrow({ where: { id } })).status).toBe("OPEN");
    expect(await auditCount(partner.id, "task.reopened")).toBe(1);
  });

  it("refuses a non-coordinator assignee with a field error and leaves nothing behind", async () => {
    const partner = await newPartner(coordinator);
    const partnerUser = await prisma.user.create({ data: { email: `${uniqueToken()}@test.example`, name: "P", roles: ["PARTNER"] } });
    const err = await expectAppError(createTask({ actor: coordinator, data: { partnerId: partner.id, ...fields({ assigneeId: partnerUser.id }) } }), "VALIDATION");
    expect(err.details?.fieldErrors).toEqual({ assigneeId: "tasks.errors.assignee" });
    expect(await prisma.task.count({ where: { partnerId: partner.id } })).toBe(0);
    await prisma.user.delete({ where: { id: partnerUser.id } });
  });

  it("board cards show the next task, flag open partners without one, and filter them", async () => {
    const token = uniqueToken();
    const withTask = await newPartner(coordinator, { name: `Zz-Board ${token} A` });
    const without = await newPartner(coordinator, { name: `Zz-Board ${token} B` });
    await createTask({ actor: coordinator, data: { partnerId: withTask.id, ...fields({ title: "Später", dueDate: addDays(today(), 9) }) } });
    await createTask({ actor: coordinator, data: { partnerId: withTask.id, ...fields({ title: "Zuerst", dueDate: addDays(today(), -1) }) } });
    const cards = (await getBoard(parseBoardFilters({ q: token }))).flatMap((c) => c.cards);
    const a = cards.find((c) => c.id === withTask.id)!;
    expect(a.nextTask).toMatchObject({ title: "Zuerst", overdue: true });
    expect(a.noNextStep).toBe(false);
    expect(cards.find((c) => c.id === without.id)).toMatchObject({ nextTask: null, noNextStep: true });
    const flagged = (await getBoard(parseBoardFilters({ q: token, next: "none" }))).flatMap((c) => c.cards).map((c) => c.id);
    expect(flagged).toEqual([without.id]);
    const listed = await listPartners(parseListQuery({ q: token, next: "none" }));
    expect(listed.rows.map((r) => r.id)).toEqual([without.id]);
  });
});

describe("owners", () => {
  it("set, change and bulk-assign the owner; each change audited; stale versions refused; 'Meine Partner' filters", async () => {
    const token = uniqueToken();
    const p1 = await newPartner(coordinator, { name: `Zz-Owner ${token} 1` });
    const p2 = await newPartner(coordinator, { name: `Zz-Owner ${token} 2` });
    const before = (await prisma.partner.findUniqueOrThrow({ where: { id: p1.id } })).ownerId;
    await setOwner({ actor: coordinator, data: { id: p1.id, version: 1, ownerId: "" } });
    await expectAppError(setOwner({ actor: coordinator, data: { id: p1.id, version: 1, ownerId: other.id } }), "CONFLICT");
    const audit = await prisma.auditEvent.findFirstOrThrow({ where: { entityId: p1.id, action: "partner.ownerChanged" } });
    expect(audit.data).toEqual({ from: before, to: null });
    expect(audit.actorId).toBe(coordinator.id);

    const bulk = await setOwners({ actor: coordinator, data: { ids: [p1.id, p2.id], ownerId: other.id } });
    expect(bulk.changed).toBe(2);
    expect(await auditCount(p1.id, "partner.ownerChanged")).toBe(2);
    expect(await auditCount(p2.id, "partner.ownerChanged")).toBe(1); // from the creator to \`other\`
    const mine = await listPartners(parseListQuery({ q: token, owner: other.id }));
    expect(mine.total).toBe(2);
    const board = (await getBoard(parseBoardFilters({ q: token, owner: other.id }))).flatMap((c) => c.cards);
    expect(board.map((c) => c.ownerName)).toEqual(["Łukasz Żółć", "Łukasz Żółć"]);
  });
});

/** A partner with agreements cannot be deleted (agreements are kept), so these belong to the demo coordinator, like in agreements.test.ts. */
async function agreementPartner() {
  const admin = await prisma.user.findUniqueOrThrow({ where: { email: "koordination@buendnis.example" } });
  const actor: TActor = { id: admin.id, email: admin.email, name: admin.name, roles: admin.roles, partnerId: null };
  const name = `Zz-Vereinbarung ${uniqueToken()}`;
  const partner = await prisma.partner.create({
    data: { name, sortName: name.toLowerCase(), ownerId: admin.id, contacts: { create: { name: "Erika Muster", email: "erika@example.org", isPrimary: true } } },
  });
  return { partner, actor };
}

describe("automatic tasks", () => {
  it("a join request opens 'Erstkontakt aufnehmen' due in 3 working days for every coordinator; a logged call closes it", async () => {
    const t = uniqueToken("j");
    const outcome = await submitJoinRequest({
      data: {
        name: "Nguyễn Thị Minh", organisation: `Zz-Lernort ${t}`, email: `${t}@join.example`, phone: "", fieldsOfWork: ["COURSES"],
        message: "Wir möchten mitmachen.", consent: true, homepage: "", formToken: issueFormToken(Date.now() - 10_000),
      },
      ip: `198.51.100.${t}`,
    });
    trackPartners([outcome!.partnerId]);
    const partnerId = outcome!.partnerId;
    const tasks = await openTasks(partnerId, "FIRST_CONTACT");
    const coordinators = await prisma.user.count({ where: { active: true, roles: { hasSome: ["COORDINATOR", "ADMIN"] } } });
    expect(tasks).toHaveLength(coordinators);
    expect(tasks.map((x) => x.assigneeId)).toEqual(expect.arrayContaining([coordinator.id, other.id]));
    expect(tasks[0].dueDate.toISOString().slice(0, 10)).toBe(addWorkingDays(today(), 3));
    expect(tasks[0].sourceId).toBe(outcome!.joinRequestId);

    await logActivity({ actor: coordinator, data: { partnerId, kind: "CALL", occurredAt: new Date().toISOString(), summary: "Angerufen", location: "" } });
    expect(await openTasks(partnerId, "FIRST_CONTACT")).toHaveLength(0);
    expect(await auditCount(partnerId, "task.autoClosed")).toBe(1);
    await prisma.joinRequest.deleteMany({ where: { partnerId } });
  });

  it("a partner with an owner: the owner gets it; moving to MET closes it", async () => {
    const partner = await newPartner(coordinator);
    await setOwner({ actor: coordinator, data: { id: partner.id, version: 1, ownerId: other.id } });
    await prisma.$transaction(async (tx) => {
      const { onJoinRequest } = await import("@/lib/server/tasks/hooks");
      await onJoinRequest(tx, { partnerId: partner.id, joinRequestId: `jr-${uniqueToken()}`, now: new Date() });
    });
    const tasks = await openTasks(partner.id, "FIRST_CONTACT");
    expect(tasks.map((x) => x.assigneeId)).toEqual([other.id]);
    await prisma.activity.create({ data: { partnerId: partner.id, kind: "MEETING", occurredAt: new Date(), summary: "Treffen" } });
    // (the meeting above was written directly, so the task is still open until the move)
    await moveStage({ actor: coordinator, move: { id: partner.id, version: 2, to: "MET" } });
    expect(await openTasks(partner.id, "FIRST_CONTACT")).toHaveLength(0);
  });

  it("a partner signature opens 'Gegenzeichnen'; countersigning closes it", async () => {
    const { partner, actor } = await agreementPartner();
    const partnerUser = await prisma.user.create({ data: { email: `${uniqueToken()}@test.example`, name: "Paula", roles: ["PARTNER"], partnerId: partner.id } });
    const partnerActor: TActor = { id: partnerUser.id, email: partnerUser.email, name: partnerUser.name, roles: ["PARTNER"], partnerId: partner.id };
    const { agreementId, sha256 } = await generateAgreement({ actor, partnerId: partner.id });
    const version = async () => (await prisma.agreement.findUniqueOrThrow({ where: { id: agreementId } })).version;
    await sendAgreement({ actor, agreementId, version: await version() });
    const meta = { ip: "203.0.113.7", userAgent: "vitest" };
    const sign = (v: number, name: string) => ({ agreementId, version: v, name, function: "Leitung", authorised: true as const, documentSha256: sha256 });
    await partnerSign({ actor: partnerActor, partnerId: partner.id, data: sign(await version(), "Erika Muster"), meta });
    const open = await openTasks(partner.id, "COUNTERSIGN");
    expect(open.map((x) => [x.assigneeId, x.sourceId])).toEqual([[actor.id, agreementId]]);
    expect(open[0].dueDate.toISOString().slice(0, 10)).toBe(today());
    await countersign({ actor, data: sign(await version(), "Kim Koordination"), meta });
    expect(await openTasks(partner.id, "COUNTERSIGN")).toHaveLength(0);
    expect(await auditCount(partner.id, "task.autoClosed")).toBeGreaterThanOrEqual(1);
  });

  it("a submitted profile draft opens 'Profiländerung prüfen'; a newer draft replaces it; the review closes it", async () => {
    const partner = await newPartner(coordinator);
    const partnerUser = await prisma.user.create({ data: { email: `${uniqueToken()}@test.example`, name: "Paula", roles: ["PARTNER"], partnerId: partner.id } });
    const actor: TActor = { id: partnerUser.id, email: partnerUser.email, name: "Paula", roles: ["PARTNER"], partnerId: partner.id };
    const first = await submitProfileDraft({ actor, partnerId: partner.id, data: { description: ["Lesecafé"], website: "" } });
    const second = await submitProfileDraft({ actor, partnerId: partner.id, data: { description: ["Lesecafé dienstags"], website: "" } });
    const open = await openTasks(partner.id, "REVIEW_PROFILE");
    expect(open.length).toBeGreaterThan(0);
    expect(new Set(open.map((x) => x.sourceId))).toEqual(new Set([second.id]));
    expect(await prisma.task.count({ where: { kind: "REVIEW_PROFILE", sourceId: first.id, status: "DONE" } })).toBe(open.length);
    await reviewProfileDraft({ actor: coordinator, data: { draftId: open[0].sourceId!, decision: "APPROVE", comment: "" } });
    expect(await openTasks(partner.id, "REVIEW_PROFILE")).toHaveLength(0);
    await prisma.task.deleteMany({ where: { partnerId: partner.id } });
    await prisma.profileDraft.deleteMany({ where: { partnerId: partner.id } });
    await prisma.auditEvent.deleteMany({ where: { actorId: partnerUser.id } });
    await prisma.user.delete({ where: { id: partnerUser.id } });
  });

  it("an agreement sent and unsigned for 14 days gets 'Erinnern' from the scheduled job, once; reminding closes it", async () => {
    const { partner, actor } = await agreementPartner();
    const { agreementId } = await generateAgreement({ actor, partnerId: partner.id });
    const { version } = await prisma.agreement.findUniqueOrThrow({ where: { id: agreementId } });
    await sendAgreement({ actor, agreementId, version });
    const boss = await getBoss();
    await boss.send(TASK_CHECK_QUEUE, {});
    await drainQueues();
    expect(await openTasks(partner.id, "REMIND_AGREEMENT")).toHaveLength(0); // only just sent

    await prisma.agreement.update({ where: { id: agreementId }, data: { sentAt: new Date(Date.now() - 15 * 86_400_000) } });
    await boss.send(TASK_CHECK_QUEUE, {});
    await drainQueues();
    await boss.send(TASK_CHECK_QUEUE, {});
    await drainQueues();
    const open = await openTasks(partner.id, "REMIND_AGREEMENT");
    expect(open.map((x) => [x.assigneeId, x.sourceId])).toEqual([[actor.id, agreementId]]);

    await remindAgreement({ actor, agreementId });
    expect(await openTasks(partner.id, "REMIND_AGREEMENT")).toHaveLength(0);
    // Reminded just now: the next check adds nothing.
    await boss.send(TASK_CHECK_QUEUE, {});
    await drainQueues();
    expect(await openTasks(partner.id, "REMIND_AGREEMENT")).toHaveLength(0);
  });
});
