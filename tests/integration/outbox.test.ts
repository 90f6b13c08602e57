// The outbox is no skeleton key: secret links leave the outbox once SMTP has the
// mail; without SMTP an admin sees a link only while it works, on the mail's own
// page, audited; another admin's own sign-in and reset mails stay hidden.
import crypto from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { authOptions } from "@/lib/auth/options";
import { magicLinkAdapter } from "@/lib/auth/magic-link-adapter";
import { prisma } from "@/lib/db";
import { enqueueMails } from "@/lib/server/mail/enqueue-mail";
import { listOutbox, openOutboxMail } from "@/lib/server/mail/outbox";
import { LINK_REMOVED } from "@/lib/server/mail/redact";
import { inviteUser, acceptInvite } from "@/lib/server/users/invite";
import { requestPasswordReset } from "@/lib/server/users/password-reset";
import { cleanupCreated, createActor, uniqueToken } from "./fixtures";
import { drainQueues, freePort, startSmtpSink } from "./jobs";

type TSink = Awaited<ReturnType<typeof startSmtpSink>>;
let sink: TSink;
const run = uniqueToken("ob");
const addr = (name: string) => `${name}-${run}@test.example`;

beforeAll(async () => {
  sink = await startSmtpSink();
  await drainQueues();
});

afterAll(async () => {
  await sink.stop();
  await prisma.auditEvent.deleteMany({ where: { entity: "OutboxMail" } });
  await prisma.outboxMail.deleteMany({ where: { to: { contains: run } } });
  await prisma.authToken.deleteMany({ where: { email: { contains: run } } });
  await prisma.rateLimit.deleteMany({ where: { key: { contains: run } } });
  await prisma.user.deleteMany({ where: { email: { contains: run } } });
  await cleanupCreated();
});

const mailTo = (to: string) => prisma.outboxMail.findFirstOrThrow({ where: { to }, orderBy: { createdAt: "desc" } });
const linkIn = (text: string) => /https?:\/\/\S+token=[\w-]+/.exec(text)?.[0] ?? null;
const audits = (mailId: string) => prisma.auditEvent.count({ where: { entity: "OutboxMail", entityId: mailId, action: "outbox.linkViewed" } });

describe("without SMTP (the outbox is the delivery)", () => {
  it("shows an invitation link only on the mail's page, audited, and only until it is used", async () => {
    const admin = await createActor(["ADMIN", "COORDINATOR"]);
    await inviteUser({ actor: admin, email: addr("invitee"), roles: ["COORDINATOR"], partnerId: null });
    await drainQueues();
    const row = await mailTo(addr("invitee"));
    expect(row.status).toBe("STORED");
    const link = linkIn(row.text)!;
    expect(link).toBeTruthy();

    // The list never shows the link.
    const listed = (await listOutbox({ viewer: admin, pageSize: 500 })).find((m) => m.id === row.id)!;
    expect(listed.liveLink).toBe(true);
    expect(listed.text).not.toContain(link);
    expect(listed.text).toContain(LINK_REMOVED);
    expect(await audits(row.id)).toBe(0);

    // Opening it shows the link and is audited, each time.
    const opened = await openOutboxMail({ viewer: admin, id: row.id });
    expect(opened.text).toContain(link);
    await openOutboxMail({ viewer: admin, id: row.id });
    expect(await audits(row.id)).toBe(2);
    const audit = await prisma.auditEvent.findFirstOrThrow({ where: { entity: "OutboxMail", entityId: row.id } });
    expect(audit).toMatchObject({ actorId: admin.id, data: { to: addr("invitee"), linkKind: "INVITE" } });

    // Used: the link is gone, and opening is no longer audited.
    const token = new URL(link).searchParams.get("token")!;
    await acceptInvite({ token, name: "Ina Eingeladen", password: "Kaktus-Fahrrad-Nebel", passwordRepeat: "Kaktus-Fahrrad-Nebel" });
    const after = await openOutboxMail({ viewer: admin, id: row.id });
    expect(after.liveLink).toBe(false);
    expect(after.text).not.toContain(link);
    expect(await audits(row.id)).toBe(2);
  });

  it("does not show an expired link", async () => {
    const admin = await createActor(["ADMIN", "COORDINATOR"]);
    await inviteUser({ actor: admin, email: addr("late"), roles: ["COORDINATOR"], partnerId: null });
    await drainQueues();
    const row = await mailTo(addr("late"));
    await prisma.authToken.updateMany({ where: { email: addr("late") }, data: { expiresAt: new Date(Date.now() - 1000) } });
    const opened = await openOutboxMail({ viewer: admin, id: row.id });
    expect(opened.liveLink).toBe(false);
    expect(opened.text).not.toContain(linkIn(row.text)!);
    expect(await audits(row.id)).toBe(0);
  });

  it("never shows an admin's own reset or sign-in mail to another admin", async () => {
    const [adminA, adminB] = [await createActor(["ADMIN", "COORDINATOR"]), await createActor(["ADMIN", "COORDINATOR"])];
    await requestPasswordReset(adminA.email);
    await drainQueues();
    const row = await mailTo(adminA.email);
    expect(row.linkKind).toBe("RESET");
    const forB = await openOutboxMail({ viewer: adminB, id: row.id });
    expect(forB.text).toBeNull();
    expect(forB.liveLink).toBe(false);
    expect((await listOutbox({ viewer: adminB, pageSize: 500 })).find((m) => m.id === row.id)!.text).toBeNull();
    expect(await audits(row.id)).toBe(0);
    // Their owner sees it.
    expect((await openOutboxMail({ viewer: adminA, id: row.id })).text).toContain(linkIn(row.text)!);
  });
});

describe("with SMTP", () => {
  it("stores a delivered mail without its secret link", async () => {
    const admin = await createActor(["ADMIN", "COORDINATOR"]);
    await inviteUser({ actor: admin, email: addr("smtp"), roles: ["COORDINATOR"], partnerId: null });
    const queued = await mailTo(addr("smtp"));
    const link = linkIn(queued.text)!;
    // Queued for SMTP: not shown even now.
    expect((await openOutboxMail({ viewer: admin, id: queued.id })).text).not.toContain(link);
    await drainQueues({ smtpUrl: sink.smtpUrl });
    const sent = await mailTo(addr("smtp"));
    expect(sent).toMatchObject({ status: "SENT", secret: null });
    expect(sent.text).not.toContain(link);
    expect(sent.text).toContain(LINK_REMOVED);
    // The recipient got the link.
    const [received] = await sink.messages(addr("smtp"));
    expect(received.text.replace(/=\r?\n/g, "")).toContain(new URL(link).searchParams.get("token")!);
  });

  it("drops the secret link of a mail that failed for good too", async () => {
    const deadPort = await freePort();
    const token = await prisma.authToken.create({ data: { kind: "RESET", tokenHash: crypto.randomBytes(16).toString("hex"), email: addr("failed"), expiresAt: new Date(Date.now() + 3600_000) } });
    const url = `http://localhost:3000/reset-password?token=${run}secret`;
    const [id] = await enqueueMails(prisma, [{ to: addr("failed"), subject: "Zz-Reset", text: `Link: ${url}`, link: { url, kind: "RESET", tokenId: token.id } }], { retryLimit: 0 });
    await drainQueues({ smtpUrl: `smtp://127.0.0.1:${deadPort}` });
    const row = await prisma.outboxMail.findUniqueOrThrow({ where: { id } });
    expect(row).toMatchObject({ status: "FAILED", secret: null, text: `Link: ${LINK_REMOVED}` });
  });
});

describe("magic-link requests", () => {
  it("are limited like reset requests: 3 mails per address and hour", async () => {
    const email = addr("magic");
    await prisma.user.create({ data: { email, name: "Magda Link", roles: ["COORDINATOR"] } });
    const provider = authOptions.providers.find((p) => p.id === "email") as unknown as { options: { sendVerificationRequest: (p: { identifier: string; url: string }) => Promise<void> } };
    for (let i = 0; i < 5; i++) {
      const token = crypto.randomBytes(16).toString("hex");
      await magicLinkAdapter.createVerificationToken!({ identifier: email, token, expires: new Date(Date.now() + 900_000) });
      await provider.options.sendVerificationRequest({ identifier: email, url: `http://localhost:3000/api/auth/callback/email?token=${token}&email=${encodeURIComponent(email)}` });
    }
    const mails = await prisma.outboxMail.findMany({ where: { to: email } });
    expect(mails).toHaveLength(3);
    expect(mails.every((m) => m.linkKind === "MAGIC" && m.tokenId)).toBe(true);
  });
});
