// The public contact form on /mitglied-werden, through the real domain function
// and the real database: new partners, deduplication, spam refusals, rate limit.
import crypto from "node:crypto";
import { afterAll, describe, expect, it } from "vitest";
import "./setup";
import { prisma } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { issueFormToken } from "@/lib/server/public/form-token";
import { JOIN_RATE_LIMIT, submitJoinRequest } from "@/lib/server/public/submit-join";
import { ZJoinRequest, type TJoinRequest } from "@/lib/validations/join";
import { uniqueToken } from "./fixtures";

const partnerIds = new Set<string>();
const emails = new Set<string>();
const ip = () => `203.0.113.${crypto.randomInt(1, 250)}-${uniqueToken()}`;

function input(over: Partial<TJoinRequest> = {}): TJoinRequest {
  const token = uniqueToken("j");
  const data = {
    name: "Erika Mustermann",
    organisation: `Zz-Lesecafé ${token}`,
    email: `${token}@join.example`,
    phone: "030 1234567",
    fieldsOfWork: ["COURSES", "OUTREACH"] as TJoinRequest["fieldsOfWork"],
    message: "Wir bieten ein offenes Lesecafé an und möchten mitmachen.",
    consent: true,
    homepage: "",
    formToken: issueFormToken(Date.now() - 10_000),
    ...over,
  };
  emails.add(data.email.toLowerCase());
  return data;
}

async function submit(data: TJoinRequest, from = ip()) {
  const outcome = await submitJoinRequest({ data, ip: from });
  if (!outcome) throw new Error("answered like a success but stored nothing (honeypot)");
  partnerIds.add(outcome.partnerId);
  return outcome;
}

/** Everything a submission for this e-mail could have stored. */
async function storedFor(email: string) {
  const [requests, partners, contacts, mails] = await Promise.all([
    prisma.joinRequest.count({ where: { email: email.toLowerCase() } }),
    prisma.partner.count({ where: { email: email.toLowerCase() } }),
    prisma.contactPerson.count({ where: { email: email.toLowerCase() } }),
    prisma.outboxMail.count({ where: { text: { contains: email } } }),
  ]);
  return { requests, partners, contacts, mails };
}

async function refusal(promise: Promise<unknown>) {
  const err = await promise.then(() => null, (e: unknown) => e);
  expect(err).toBeInstanceOf(AppError);
  const e = err as AppError;
  return { code: e.code, form: (e.details?.fieldErrors as Record<string, string> | undefined)?._form };
}

afterAll(async () => {
  const ids = [...partnerIds];
  await prisma.$transaction([
    prisma.task.deleteMany({ where: { partnerId: { in: ids } } }),
    prisma.joinRequest.deleteMany({ where: { partnerId: { in: ids } } }),
    prisma.auditEvent.deleteMany({ where: { entity: "Partner", entityId: { in: ids } } }),
    prisma.stageChange.deleteMany({ where: { partnerId: { in: ids } } }),
    prisma.activity.deleteMany({ where: { partnerId: { in: ids } } }),
    prisma.contactPerson.deleteMany({ where: { partnerId: { in: ids } } }),
    prisma.partner.deleteMany({ where: { id: { in: ids } } }),
    prisma.outboxMail.deleteMany({ where: { OR: [...emails].map((e) => ({ text: { contains: e } })) } }),
  ]);
});

describe("a join request", () => {
  it("creates a partner in CONTACTED with stage history, the message as activity, the request with consent, audit, and mails every coordinator", async () => {
    const data = input();
    const before = new Date();
    const outcome = await submit(data);
    expect(outcome).toMatchObject({ attached: false, matchedBy: null });

    const p = await prisma.partner.findUniqueOrThrow({
      where: { id: outcome.partnerId },
      include: { contacts: true, stageChanges: true, activities: true, joinRequests: true, fieldsOfWork: { orderBy: { fieldOfWorkId: "asc" } } },
    });
    expect(p).toMatchObject({ name: data.organisation, kind: "ORGANISATION", stage: "CONTACTED", archived: false, email: data.email, phone: "030 1234567" });
    expect(p.fieldsOfWork.map((f) => f.fieldOfWorkId)).toEqual(["COURSES", "OUTREACH"]);
    expect(p.contacts).toEqual([expect.objectContaining({ name: "Erika Mustermann", email: data.email, isPrimary: true, publicConsent: false })]);
    expect(p.stageChanges).toEqual([expect.objectContaining({ fromStage: null, toStage: "CONTACTED", actorId: null })]);
    expect(p.activities).toHaveLength(1);
    expect(p.activities[0].kind).toBe("EMAIL");
    expect(p.activities[0].summary).toContain(data.message);
    expect(p.activities[0].summary).toContain("Erika Mustermann");
    expect(p.joinRequests).toEqual([
      expect.objectContaining({ name: "Erika Mustermann", organisation: data.organisation, email: data.email, message: data.message, fieldsOfWork: ["COURSES", "OUTREACH"] }),
    ]);
    expect(p.joinRequests[0].consentAt.getTime()).toBeGreaterThanOrEqual(before.getTime() - 1000);

    const audit = await prisma.auditEvent.findMany({ where: { entity: "Partner", entityId: p.id }, orderBy: { at: "asc" } });
    expect(audit.map((a) => a.action).sort()).toEqual(["joinRequest.received", "partner.created", "task.autoCreated"]);
    expect(audit.find((a) => a.action === "joinRequest.received")?.data).toMatchObject({ joinRequestId: p.joinRequests[0].id, attached: false, matchedBy: null });

    const coordinators = await prisma.user.findMany({ where: { active: true, roles: { hasSome: ["COORDINATOR", "ADMIN"] } }, select: { email: true } });
    expect(coordinators.length).toBeGreaterThanOrEqual(2);
    const mails = await prisma.outboxMail.findMany({ where: { text: { contains: data.email } } });
    expect(mails.map((m) => m.to).sort()).toEqual(coordinators.map((c) => c.email).sort());
    expect(mails[0].subject).toContain(data.organisation);
    expect(mails[0].text).toContain(`/partners/${p.id}`);
    expect(mails[0].text).toContain("Kurse, Kontakt zu Betroffenen");
  });

  it("without an organisation creates an individual named after the person", async () => {
    const data = input({ organisation: "", name: `Zz-Einzel ${uniqueToken()}` });
    const { partnerId } = await submit(data);
    const p = await prisma.partner.findUniqueOrThrow({ where: { id: partnerId } });
    expect(p).toMatchObject({ kind: "PERSON", name: data.name, stage: "CONTACTED" });
    expect((await prisma.joinRequest.findFirstOrThrow({ where: { partnerId } })).organisation).toBeNull();
  });
});

describe("duplicates are attached, not created again", () => {
  it("the same e-mail (in other case) attaches to the existing partner", async () => {
    const first = await submit(input());
    const email = (await prisma.partner.findUniqueOrThrow({ where: { id: first.partnerId } })).email!;
    const count = await prisma.partner.count();
    const second = await submit(input({ email: email.toUpperCase(), organisation: `Ganz anders ${uniqueToken()}`, message: "Zweite Nachricht, bitte melden!" }));
    expect(second).toMatchObject({ partnerId: first.partnerId, attached: true, matchedBy: "email" });
    expect(await prisma.partner.count()).toBe(count);
    expect(await prisma.joinRequest.count({ where: { partnerId: first.partnerId } })).toBe(2);
    const activities = await prisma.activity.findMany({ where: { partnerId: first.partnerId } });
    expect(activities.map((a) => a.summary).join("\n")).toContain("Zweite Nachricht, bitte melden!");
    expect(await prisma.stageChange.count({ where: { partnerId: first.partnerId } })).toBe(1);
    const audit = await prisma.auditEvent.findMany({ where: { entity: "Partner", entityId: first.partnerId, action: "joinRequest.received" } });
    expect(audit.map((a) => (a.data as { attached: boolean }).attached).sort()).toEqual([false, true]);
  });

  it("the e-mail of an existing contact person attaches to that partner", async () => {
    const first = await submit(input());
    const contactEmail = `${uniqueToken("c")}@join.example`;
    emails.add(contactEmail);
    await prisma.contactPerson.create({ data: { partnerId: first.partnerId, name: "Zweite Person", email: contactEmail } });
    const second = await submit(input({ email: contactEmail, organisation: "" }));
    expect(second).toMatchObject({ partnerId: first.partnerId, attached: true, matchedBy: "email" });
  });

  it("the same organisation name, compared by German sort key (case, accents, ß, punctuation), attaches", async () => {
    const token = uniqueToken();
    const first = await submit(input({ organisation: `Zz-Straßencafé Müller e. V. ${token}` }));
    const count = await prisma.partner.count();
    const second = await submit(input({ organisation: `ZZ STRASSENCAFE MULLER E.V. ${token}` }));
    expect(second).toMatchObject({ partnerId: first.partnerId, attached: true, matchedBy: "organisation" });
    expect(await prisma.partner.count()).toBe(count);
  });

  it("two identical requests at the same moment create one partner", async () => {
    const data = input();
    const [a, b] = await Promise.all([submit(data), submit({ ...data, formToken: issueFormToken(Date.now() - 10_000) })]);
    expect(a.partnerId).toBe(b.partnerId);
    expect([a.attached, b.attached].sort()).toEqual([false, true]);
    expect(await prisma.partner.count({ where: { email: data.email } })).toBe(1);
  });
});

describe("spam protection stores nothing", () => {
  it("answers a filled honeypot exactly like a success, and stores nothing", async () => {
    const data = input({ homepage: "https://spam.example" });
    expect(await submitJoinRequest({ data, ip: ip() })).toBeNull();
    expect(await storedFor(data.email)).toEqual({ requests: 0, partners: 0, contacts: 0, mails: 0 });
  });

  it("takes each form token once: a replay is refused and stores nothing", async () => {
    const first = input();
    await submit(first);
    const replay = input({ formToken: first.formToken });
    expect(await refusal(submit(replay))).toEqual({ code: "VALIDATION", form: "public.join.errors.used" });
    expect(await storedFor(replay.email)).toEqual({ requests: 0, partners: 0, contacts: 0, mails: 0 });
    // Two submissions with one token at the same moment: exactly one gets through.
    const token = issueFormToken(Date.now() - 10_000);
    const results = await Promise.allSettled([submit(input({ formToken: token })), submit(input({ formToken: token }))]);
    expect(results.map((r) => r.status).sort()).toEqual(["fulfilled", "rejected"]);
  });

  it("refuses a form sent faster than a person can fill it", async () => {
    const data = input({ formToken: issueFormToken(Date.now()) });
    expect(await refusal(submit(data))).toEqual({ code: "VALIDATION", form: "public.join.errors.tooFast" });
    expect(await storedFor(data.email)).toEqual({ requests: 0, partners: 0, contacts: 0, mails: 0 });
  });

  it("refuses a forged or missing start time", async () => {
    const [, mac] = issueFormToken().split(".");
    for (const formToken of [`${Date.now() - 60_000}.${mac}`, ""]) {
      const data = input({ formToken });
      expect(await refusal(submit(data))).toEqual({ code: "VALIDATION", form: "public.join.errors.refused" });
      expect(await storedFor(data.email)).toEqual({ requests: 0, partners: 0, contacts: 0, mails: 0 });
    }
  });

  it(`limits one address to ${JOIN_RATE_LIMIT.max} requests per hour; other addresses are not affected`, async () => {
    const from = ip();
    for (let i = 0; i < JOIN_RATE_LIMIT.max; i++) await submit(input(), from);
    const data = input();
    expect(await refusal(submit(data, from))).toEqual({ code: "RATE_LIMITED", form: "public.join.errors.rateLimited" });
    expect(await storedFor(data.email)).toEqual({ requests: 0, partners: 0, contacts: 0, mails: 0 });
    const other = await submit(input(), ip());
    expect(other.attached).toBe(false);
  });
});

describe("the form schema", () => {
  const errors = (over: Record<string, unknown>) => {
    const r = ZJoinRequest.safeParse({ ...input(), ...over });
    const out: Record<string, string> = {};
    // First message per field, as the form shows it (safe-action toFieldErrors).
    if (!r.success) for (const i of r.error.issues) out[i.path.join(".")] ??= i.message;
    return out;
  };
  it("needs name, a valid e-mail, a message and consent, with catalogue keys as messages", () => {
    expect(errors({ name: " ", email: "kein-at", message: "", consent: false })).toEqual({
      name: "validation.required",
      email: "validation.email",
      message: "validation.required",
      consent: "public.join.errors.consent",
    });
    expect(errors({ message: "kurz" })).toEqual({ message: "public.join.errors.messageTooShort" });
    expect(errors({ phone: "abc" })).toEqual({ phone: "validation.phone" });
    expect(errors({ fieldsOfWork: ["nope!"] })).toEqual({ "fieldsOfWork.0": "validation.invalidOption" });
  });
});
