// The feedback channel: partner ↔ coordination threads, status triage, e-mail
// notifications both ways, and partner scoping through the real server actions.
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { session } from "./session-mock";

vi.mock("next-auth", async (orig) => ({
  ...(await orig<typeof import("next-auth")>()),
  getServerSession: (await import("./session-mock")).getServerSession,
}));
vi.mock("next/headers", () => ({ headers: async () => new Headers(), cookies: async () => ({ get: () => undefined }) }));
vi.mock("next/cache", () => ({ revalidatePath: () => undefined, revalidateTag: () => undefined }));

import "./setup";
import { coordinatorReplyAction, setFeedbackStatusAction } from "@/lib/actions/feedback/coordinator";
import { createFeedbackAction, partnerReplyAction } from "@/lib/actions/feedback/partner";
import { prisma } from "@/lib/db";
import { getFeedbackThread, listFeedbackInbox, listFeedbackOfPartner } from "@/lib/server/feedback/queries";
import { uniqueToken } from "./fixtures";

const started = new Date();
const feedbackIds: string[] = [];
const users = { partnerA: "", partnerB: "", coordinator: "" };
const partners = { A: "", B: "" };

beforeAll(async () => {
  const a = await prisma.user.findUniqueOrThrow({ where: { email: "kontakt@vhs-mitte.example" } });
  const b = await prisma.user.findUniqueOrThrow({ where: { email: "kontakt@lesewerkstatt.example" } });
  const c = await prisma.user.findUniqueOrThrow({ where: { email: "mitarbeit@buendnis.example" } });
  Object.assign(users, { partnerA: a.id, partnerB: b.id, coordinator: c.id });
  Object.assign(partners, { A: a.partnerId!, B: b.partnerId! });
});

afterAll(async () => {
  await prisma.feedbackMessage.deleteMany({ where: { feedbackId: { in: feedbackIds } } });
  await prisma.feedback.deleteMany({ where: { id: { in: feedbackIds } } });
  await prisma.auditEvent.deleteMany({ where: { action: { startsWith: "feedback." }, at: { gte: started } } });
  await prisma.outboxMail.deleteMany({ where: { createdAt: { gte: started }, subject: { contains: "Zz-Feedback" } } });
});

const as = (who: keyof typeof users | null) => (session.userId = who ? users[who] : null);

async function newThreadOfA(kind: "PROBLEM" | "SUGGESTION" = "PROBLEM") {
  as("partnerA");
  const title = `Zz-Feedback ${uniqueToken()}`;
  const result = await createFeedbackAction({ kind, title, body: "Die Einladung zum Plenum kam erst einen Tag vorher." });
  if (!result.ok) throw new Error(JSON.stringify(result));
  feedbackIds.push(result.data.id);
  return { id: result.data.id, title };
}

const mailsAbout = (title: string) => prisma.outboxMail.findMany({ where: { subject: { contains: title } }, orderBy: { createdAt: "asc" } });
const coordinatorEmails = async () =>
  (await prisma.user.findMany({ where: { active: true, roles: { hasSome: ["COORDINATOR", "ADMIN"] } }, select: { email: true } })).map((u) => u.email).sort();

describe("a partner's feedback", () => {
  it("is stored for the partner's own organisation with its first message, audited, and mailed to every coordinator", async () => {
    const { id, title } = await newThreadOfA();
    const f = await prisma.feedback.findUniqueOrThrow({ where: { id }, include: { messages: true } });
    expect(f).toMatchObject({ partnerId: partners.A, kind: "PROBLEM", title, status: "OPEN", createdById: users.partnerA });
    expect(f.messages).toEqual([expect.objectContaining({ authorId: users.partnerA, body: "Die Einladung zum Plenum kam erst einen Tag vorher." })]);
    const audit = await prisma.auditEvent.findFirstOrThrow({ where: { action: "feedback.created", entityId: partners.A, at: { gte: started } }, orderBy: { at: "desc" } });
    expect(audit.data).toMatchObject({ feedbackId: id, kind: "PROBLEM", title });
    const mails = await mailsAbout(title);
    expect(mails.map((m) => m.to).sort()).toEqual(await coordinatorEmails());
    expect(mails[0].text).toContain(`/feedback/${id}`);
  });

  it("validates title and text with field messages", async () => {
    as("partnerA");
    expect(await createFeedbackAction({ kind: "IDEA", title: "", body: " " })).toMatchObject({
      ok: false,
      code: "VALIDATION",
      fieldErrors: { kind: "validation.invalidOption", title: "validation.required", body: "validation.required" },
    });
  });
});

describe("partner scoping", () => {
  it("partner B can neither read nor list nor answer partner A's thread", async () => {
    const { id, title } = await newThreadOfA();
    await expect(getFeedbackThread({ id, scope: { kind: "partner", partnerId: partners.B } })).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect((await getFeedbackThread({ id, scope: { kind: "partner", partnerId: partners.A } })).title).toBe(title);
    expect((await listFeedbackOfPartner(partners.B)).map((f) => f.id)).not.toContain(id);

    as("partnerB");
    const before = await prisma.feedbackMessage.count({ where: { feedbackId: id } });
    expect(await partnerReplyAction({ feedbackId: id, body: "Ich mische mich ein." })).toMatchObject({ ok: false, code: "NOT_FOUND" });
    expect(await prisma.feedbackMessage.count({ where: { feedbackId: id } })).toBe(before);
    // Partners cannot use the coordinators' actions at all.
    expect(await setFeedbackStatusAction({ feedbackId: id, from: "OPEN", to: "RESOLVED" })).toMatchObject({ ok: false, code: "FORBIDDEN" });
    expect(await coordinatorReplyAction({ feedbackId: id, body: "x", status: "RESOLVED" })).toMatchObject({ ok: false, code: "FORBIDDEN" });
    expect((await prisma.feedback.findUniqueOrThrow({ where: { id } })).status).toBe("OPEN");
  });

  it("a new thread always belongs to the caller's partner, whatever the input says", async () => {
    as("partnerB");
    const result = await createFeedbackAction({ kind: "SUGGESTION", title: `Zz-Feedback ${uniqueToken()}`, body: "Vorschlag", partnerId: partners.A } as never);
    if (!result.ok) throw new Error(JSON.stringify(result));
    feedbackIds.push(result.data.id);
    expect((await prisma.feedback.findUniqueOrThrow({ where: { id: result.data.id } })).partnerId).toBe(partners.B);
  });
});

describe("the round trip", () => {
  it("coordinator reply with status → partner users mailed; partner reply → coordinators mailed; a reply to a resolved thread reopens it", async () => {
    const { id, title } = await newThreadOfA();

    as("coordinator");
    const reply = await coordinatorReplyAction({ feedbackId: id, body: "Danke, wir verschicken Einladungen künftig zwei Wochen vorher.", status: "RESOLVED" });
    expect(reply).toMatchObject({ ok: true, data: { status: "RESOLVED" } });
    const partnerUsers = (await prisma.user.findMany({ where: { partnerId: partners.A, active: true }, select: { email: true } })).map((u) => u.email);
    const toPartner = (await mailsAbout(title)).filter((m) => partnerUsers.includes(m.to));
    expect(toPartner).toHaveLength(partnerUsers.length);
    expect(toPartner[0].text).toContain("zwei Wochen vorher");
    expect(toPartner[0].text).toContain("Erledigt");
    expect(toPartner[0].text).toContain(`/portal/feedback/${id}`);

    as("partnerA");
    const coordinatorMailsBefore = (await mailsAbout(title)).length;
    expect(await partnerReplyAction({ feedbackId: id, body: "Super, danke!" })).toMatchObject({ ok: true, data: { status: "OPEN" } });
    const newMails = (await mailsAbout(title)).slice(coordinatorMailsBefore);
    expect(newMails.map((m) => m.to).sort()).toEqual(await coordinatorEmails());

    const thread = await getFeedbackThread({ id, scope: { kind: "partner", partnerId: partners.A } });
    expect(thread.status).toBe("OPEN");
    expect(thread.messages.map((m) => [m.fromCoordination, m.body])).toEqual([
      [false, "Die Einladung zum Plenum kam erst einen Tag vorher."],
      [true, "Danke, wir verschicken Einladungen künftig zwei Wochen vorher."],
      [false, "Super, danke!"],
    ]);
    const audit = await prisma.auditEvent.findMany({ where: { entityId: partners.A, action: { startsWith: "feedback." }, at: { gte: started } } });
    const forThread = audit.filter((a) => (a.data as { feedbackId: string }).feedbackId === id).map((a) => a.action);
    expect(forThread.sort()).toEqual(["feedback.created", "feedback.replied", "feedback.replied", "feedback.statusChanged", "feedback.statusChanged"]);
  });

  it("triage moves open → in progress → resolved; a stale status is a conflict and changes nothing", async () => {
    const { id } = await newThreadOfA("SUGGESTION");
    as("coordinator");
    expect(await setFeedbackStatusAction({ feedbackId: id, from: "OPEN", to: "IN_PROGRESS" })).toMatchObject({ ok: true, data: { status: "IN_PROGRESS" } });
    expect(await setFeedbackStatusAction({ feedbackId: id, from: "OPEN", to: "RESOLVED" })).toMatchObject({ ok: false, code: "CONFLICT" });
    expect((await prisma.feedback.findUniqueOrThrow({ where: { id } })).status).toBe("IN_PROGRESS");
    expect(await setFeedbackStatusAction({ feedbackId: id, from: "IN_PROGRESS", to: "RESOLVED" })).toMatchObject({ ok: true });

    const resolved = await listFeedbackInbox({ status: "RESOLVED", page: 1 });
    expect(resolved.items.map((f) => f.id)).toContain(id);
    const unresolved = await listFeedbackInbox({ status: "UNRESOLVED", page: 1 });
    expect(unresolved.items.map((f) => f.id)).not.toContain(id);
  });
});
