// The signing mails end to end through the queue and a real SMTP sink: the link mail
// carries the generated PDF as an attachment, the signer gets the final PDF after the
// countersignature, and a reminder sends the signer a fresh personal link (the old
// one stops working), not the portal link.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { TActor } from "@/lib/auth/session";
import { prisma } from "@/lib/db";
import { germanSortKey } from "@/lib/domain/sort-name";
import { AppError } from "@/lib/errors";
import { generateAgreement } from "@/lib/server/agreements/generate";
import { remindAgreement } from "@/lib/server/agreements/notify";
import { findSigningLink, signWithLink } from "@/lib/server/agreements/signing-links";
import { countersign, sendAgreement } from "@/lib/server/agreements/transitions";
import { getBoss } from "@/lib/server/jobs/boss";
import { enqueueMail } from "@/lib/server/mail/enqueue-mail";
import { uniqueToken } from "./fixtures";
import { drainQueues, startSmtpSink } from "./jobs";
import "./setup";

type TSink = Awaited<ReturnType<typeof startSmtpSink>>;
type TAttachment = { filename: string; contentType: string; size: number; sha256: string };
let sink: TSink;
let coordinator: TActor;
const meta = { ip: "203.0.113.9", userAgent: "vitest" };

beforeAll(async () => {
  sink = await startSmtpSink();
  await getBoss();
  // Mails of earlier files go out now (to this sink), so they do not mix with these tests'.
  await drainQueues();
  const u = await prisma.user.findUniqueOrThrow({ where: { email: "koordination@buendnis.example" } });
  coordinator = { id: u.id, email: u.email, name: u.name, roles: u.roles, partnerId: null };
});

afterAll(async () => {
  await sink.stop();
});

const current = (id: string) => prisma.agreement.findUniqueOrThrow({ where: { id } });
const tokenIn = (text: string) => /\/sign\/([A-Za-z0-9_-]{20,100})/.exec(text)?.[1] ?? null;

/** A partner ready for an agreement whose signer (primary contact) has a unique address and no account. */
async function sentAgreement(label: string) {
  const name = `${label} ${uniqueToken("")}`;
  const email = `${uniqueToken("signer")}@test.example`;
  const partner = await prisma.partner.create({
    data: {
      name, sortName: germanSortKey(name), stage: "MET",
      contacts: { create: { name: "Ayşe Yıldız", email, isPrimary: true } },
      activities: { create: { kind: "MEETING", occurredAt: new Date(), summary: "Kennenlernen" } },
    },
  });
  const { agreementId, sha256 } = await generateAgreement({ actor: coordinator, partnerId: partner.id });
  const { link } = await sendAgreement({ actor: coordinator, agreementId, version: (await current(agreementId)).version });
  return { partner, email, agreementId, sha256, link };
}

async function delivered(email: string) {
  await drainQueues({ smtpUrl: sink.smtpUrl });
  return (await sink.messages(email)) as (Awaited<ReturnType<TSink["messages"]>>[number] & { attachments: TAttachment[] })[];
}

describe("the signing mail", () => {
  it("carries the generated PDF as an attachment, with its content type, a file name and the exact bytes", async () => {
    const { email, agreementId, sha256, link } = await sentAgreement("Anhang");
    const doc = await prisma.agreementDocument.findFirstOrThrow({ where: { agreementId, kind: "GENERATED" }, include: { file: { select: { size: true } } } });
    expect(doc.sha256).toBe(sha256);
    const row = await prisma.outboxMail.findFirstOrThrow({ where: { to: email } });
    expect(row).toMatchObject({ attachmentFileId: doc.fileId, status: "QUEUED" });

    const mails = await delivered(email);
    expect(mails).toHaveLength(1);
    const [mail] = mails;
    expect(mail.subject).toContain("bitte unterschreiben");
    expect(tokenIn(mail.text)).toBe(link.token);
    expect(mail.text).not.toContain("/portal/");
    expect(mail.attachments).toEqual([
      { filename: expect.stringMatching(/^Kooperationsvereinbarung_Anhang-.+_\d{4}-\d{2}-\d{2}_Original-ohne-Unterschriften\.pdf$/), contentType: "application/pdf", size: doc.file.size, sha256 },
    ]);
    expect((await prisma.outboxMail.findUniqueOrThrow({ where: { id: row.id } })).status).toBe("SENT");
  });

  it("a mail without an attachment stays a plain mail", async () => {
    const to = `${uniqueToken("plain")}@test.example`;
    await prisma.$transaction((tx) => enqueueMail(tx, { to, subject: "Zz ohne Anhang", text: "Grüße" }));
    const [mail] = await delivered(to);
    expect(mail.attachments).toEqual([]);
    expect(mail.text.trim()).toBe("Grüße");
  });
});

describe("the final copy", () => {
  it("goes to the partner's signer by mail after the countersignature, as the exact final PDF", async () => {
    const { email, agreementId, sha256, link } = await sentAgreement("Endfassung");
    const data = { agreementId, version: (await current(agreementId)).version, name: "Ayşe Yıldız", function: "Leitung", authorised: true as const, documentSha256: sha256 };
    await signWithLink({ token: link.token, data, meta });
    const { signedSha256 } = await countersign({ actor: coordinator, data: { ...data, version: (await current(agreementId)).version, name: "Karla Koordinatorin" }, meta });
    const mails = await delivered(email);
    const final = mails.find((m) => m.subject.includes("endgültig unterzeichnete Fassung"));
    expect(final?.text).toContain("/verify");
    expect(final?.attachments).toEqual([
      { filename: expect.stringMatching(/_unterzeichnet\.pdf$/), contentType: "application/pdf", size: expect.any(Number), sha256: signedSha256 },
    ]);
    const stored = await prisma.agreementDocument.findFirstOrThrow({ where: { agreementId, kind: "SIGNED" } });
    expect(stored.sha256).toBe(signedSha256);
  });
});

describe("reminders", () => {
  it("send the signer a fresh personal link with the PDF; the old link stops working; portal users get the portal link", async () => {
    const { partner, email, agreementId, sha256, link: first } = await sentAgreement("Erinnerung");
    const portal = await prisma.user.create({ data: { email: `${uniqueToken("portal")}@test.example`, name: "Paula Portal", roles: ["PARTNER"], partnerId: partner.id } });
    await delivered(email);

    const result = await remindAgreement({ actor: coordinator, agreementId });
    expect(result).toMatchObject({ recipients: 2, signer: { email, name: "Ayşe Yıldız" } });
    // The old link no longer works, before anyone signs.
    expect(await findSigningLink(first.token)).toBeNull();

    const mails = await delivered(email);
    expect(mails).toHaveLength(2);
    const reminder = mails[1];
    expect(reminder.subject).toContain("Erinnerung");
    expect(reminder.text).not.toContain("/portal/");
    const fresh = tokenIn(reminder.text);
    expect(fresh).toBeTruthy();
    expect(fresh).not.toBe(first.token);
    expect(reminder.attachments.map((a) => [a.contentType, a.sha256])).toEqual([["application/pdf", sha256]]);
    const [portalMail] = await sink.messages(portal.email);
    expect(portalMail.text).toContain(`/portal/agreements/${agreementId}`);
    expect(tokenIn(portalMail.text)).toBeNull();

    // The old link is refused, the fresh one signs (as the e-mail it was sent to).
    const data = { agreementId, version: (await current(agreementId)).version, name: "Ayşe Yıldız", function: "Leitung", authorised: true as const, documentSha256: sha256 };
    const refused = await signWithLink({ token: first.token, data, meta }).catch((e: AppError) => e.code);
    expect(refused).toBe("NOT_FOUND");
    await signWithLink({ token: fresh!, data, meta });
    expect((await current(agreementId)).status).toBe("SIGNED_BY_PARTNER");
    expect(await prisma.signature.findFirstOrThrow({ where: { agreementId } })).toMatchObject({ signerEmail: email, signerName: "Ayşe Yıldız" });

    const audit = await prisma.auditEvent.findMany({ where: { action: "agreement.reminded", entityId: partner.id } });
    expect(audit).toHaveLength(1);
    expect(audit[0].data).toMatchObject({ agreementId, signerEmail: email });
  });

  it("are refused once the partner has signed, and write nothing", async () => {
    const { email, agreementId, sha256, link } = await sentAgreement("Schon unterschrieben");
    const data = { agreementId, version: (await current(agreementId)).version, name: "Ayşe Yıldız", function: "Leitung", authorised: true as const, documentSha256: sha256 };
    await signWithLink({ token: link.token, data, meta });
    const before = await current(agreementId);
    const [tokens, mails] = await Promise.all([prisma.signingToken.count({ where: { agreementId } }), prisma.outboxMail.count({ where: { to: email } })]);
    const err = await remindAgreement({ actor: coordinator, agreementId }).catch((e: AppError) => e);
    expect((err as AppError).code).toBe("CONFLICT");
    expect(await current(agreementId)).toMatchObject({ lastReminderAt: before.lastReminderAt, version: before.version });
    expect(await prisma.signingToken.count({ where: { agreementId } })).toBe(tokens);
    expect(await prisma.outboxMail.count({ where: { to: email } })).toBe(mails);
  });

  it("two reminders at once leave exactly one usable link", async () => {
    const { agreementId } = await sentAgreement("Doppelt");
    await Promise.all([remindAgreement({ actor: coordinator, agreementId }), remindAgreement({ actor: coordinator, agreementId })]);
    const usable = await prisma.signingToken.count({ where: { agreementId, usedAt: null, expiresAt: { gt: new Date() } } });
    expect(usable).toBe(1);
  });
});
