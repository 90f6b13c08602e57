import { beforeAll, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db";
import type { TActor } from "@/lib/auth/session";
import { AppError } from "@/lib/errors";
import { germanSortKey } from "@/lib/domain/sort-name";
import { PDFDocument, PDFName, PDFString } from "pdf-lib";
import { sha256 as sha256Of } from "@/lib/pdf/hash";
import { findSigningLink, signWithLink } from "@/lib/server/agreements/signing-links";
import { generateAgreement } from "@/lib/server/agreements/generate";
import { countersign, declineAgreement, partnerSign, recordPaperSigned, revokeAgreement, sendAgreement } from "@/lib/server/agreements/transitions";
import { verifyHash } from "@/lib/server/agreements/verify";

let coordinator: TActor;
const meta = { ip: "203.0.113.7", userAgent: "vitest" };

async function partnerUser(partnerId: string): Promise<TActor> {
  const email = `p-${partnerId}@test.example`;
  const u = await prisma.user.upsert({ where: { email }, update: {}, create: { email, name: "Paula Partner", roles: ["PARTNER"], partnerId } });
  return { id: u.id, email: u.email, name: u.name, roles: u.roles, partnerId };
}

/** A partner in MET with a meeting and a reachable primary contact: ready for AGREEMENT_SIGNED. */
async function readyPartner(label: string, opts: { meeting?: boolean } = {}) {
  const name = `${label} ${Math.random().toString(36).slice(2, 8)}`;
  return prisma.partner.create({
    data: {
      name, sortName: germanSortKey(name), stage: "MET",
      contacts: { create: { name: "Erika Muster", email: "erika@example.org", isPrimary: true } },
      activities: opts.meeting === false ? undefined : { create: { kind: "MEETING", occurredAt: new Date(), summary: "Kennenlernen" } },
    },
  });
}

const current = (id: string) => prisma.agreement.findUniqueOrThrow({ where: { id } });
const code = async (p: Promise<unknown>) => p.then(() => "ok", (e) => (e instanceof AppError ? e.code : String(e)));
const sign = (a: { id: string; version: number }, sha: string) => ({ agreementId: a.id, version: a.version, name: "Erika Muster", function: "Leitung", authorised: true as const, documentSha256: sha });
async function tinyPdf() {
  const pdf = await PDFDocument.create();
  pdf.addPage();
  return Buffer.from(await pdf.save());
}

beforeAll(async () => {
  const u = await prisma.user.findUniqueOrThrow({ where: { email: "koordination@buendnis.example" } });
  coordinator = { id: u.id, email: u.email, name: u.name, roles: u.roles, partnerId: null };
});

describe("agreement lifecycle", () => {
  it("generate → send → partner signs → countersign: ACTIVE, stage advanced with a reference, both documents verifiable", async () => {
    const partner = await readyPartner("Lernhaus");
    const partnerActor = await partnerUser(partner.id);
    const { agreementId, sha256 } = await generateAgreement({ actor: coordinator, partnerId: partner.id });
    let a = await current(agreementId);
    expect(a.status).toBe("DRAFT");
    expect(a.valuesVersionId).not.toBeNull();

    // Not yet sent: the partner cannot sign.
    expect(await code(partnerSign({ actor: partnerActor, partnerId: partner.id, data: sign(a, sha256), meta }))).toBe("CONFLICT");
    await sendAgreement({ actor: coordinator, agreementId, version: a.version });
    a = await current(agreementId);
    expect(a.status).toBe("SENT");

    // Signing a different document than the one shown is refused.
    expect(await code(partnerSign({ actor: partnerActor, partnerId: partner.id, data: sign(a, "0".repeat(64)), meta }))).toBe("CONFLICT");
    // Another partner cannot sign it at all.
    const other = await readyPartner("Andere");
    expect(await code(partnerSign({ actor: await partnerUser(other.id), partnerId: other.id, data: sign(a, sha256), meta }))).toBe("NOT_FOUND");

    await partnerSign({ actor: partnerActor, partnerId: partner.id, data: sign(a, sha256), meta });
    a = await current(agreementId);
    expect(a.status).toBe("SIGNED_BY_PARTNER");
    expect(await prisma.signature.findMany({ where: { agreementId } })).toEqual([
      expect.objectContaining({ kind: "ONLINE", signerName: "Erika Muster", signerFunction: "Leitung", signerEmail: partnerActor.email, userId: partnerActor.id, ip: "203.0.113.7", documentSha256: sha256 }),
    ]);

    const result = await countersign({ actor: coordinator, data: { ...sign(a, sha256), name: "Kim Koordination" }, meta });
    a = await current(agreementId);
    expect(a.status).toBe("ACTIVE");
    expect(result.advanced).toBe(true);
    const p = await prisma.partner.findUniqueOrThrow({ where: { id: partner.id } });
    expect(p.stage).toBe("AGREEMENT_SIGNED");
    const change = await prisma.stageChange.findFirstOrThrow({ where: { partnerId: partner.id, toStage: "AGREEMENT_SIGNED" } });
    expect(change.agreementId).toBe(agreementId);

    expect(await verifyHash(sha256)).toMatchObject({ match: true, copy: "original", isFinal: false, partnerName: partner.name });
    expect(await verifyHash(result.signedSha256)).toMatchObject({ match: true, copy: "final", isFinal: true, ended: null });
    expect(await verifyHash("f".repeat(64))).toEqual({ match: false });
    // Documents are kept: generated + signed by partner + fully signed.
    expect(await prisma.agreementDocument.count({ where: { agreementId } })).toBe(3);
  });

  it("refuses transitions that don't fit the status, and stale versions", async () => {
    const partner = await readyPartner("Statuswerk");
    const { agreementId } = await generateAgreement({ actor: coordinator, partnerId: partner.id });
    const a = await current(agreementId);
    expect(await code(countersign({ actor: coordinator, data: sign(a, "a".repeat(64)), meta }))).toBe("CONFLICT");
    expect(await code(sendAgreement({ actor: coordinator, agreementId, version: a.version + 5 }))).toBe("CONFLICT");
    await sendAgreement({ actor: coordinator, agreementId, version: a.version });
    expect(await code(sendAgreement({ actor: coordinator, agreementId, version: a.version + 1 }))).toBe("CONFLICT");
    expect(await code(generateAgreement({ actor: coordinator, partnerId: partner.id, agreementId }))).toBe("CONFLICT");
    const sent = await current(agreementId);
    await declineAgreement({ actor: await partnerUser(partner.id), partnerId: partner.id, agreementId, version: sent.version, reason: null });
    expect((await current(agreementId)).status).toBe("DECLINED");
    expect(await code(revokeAgreement({ actor: coordinator, data: { agreementId, version: sent.version + 1, reason: "zu spät", moveBack: false } }))).toBe("CONFLICT");
  });

  it("keeps at most one active agreement: a new one supersedes the old", async () => {
    const partner = await readyPartner("Doppelt");
    const first = await generateAgreement({ actor: coordinator, partnerId: partner.id });
    await recordPaperSigned({ actor: coordinator, agreementId: first.agreementId, version: (await current(first.agreementId)).version, bytes: await tinyPdf(), signedBy: "Erika Muster", signedAt: new Date() });
    const second = await generateAgreement({ actor: coordinator, partnerId: partner.id });
    await recordPaperSigned({ actor: coordinator, agreementId: second.agreementId, version: (await current(second.agreementId)).version, bytes: await tinyPdf(), signedBy: "Erika Muster", signedAt: new Date() });
    expect((await current(first.agreementId)).status).toBe("SUPERSEDED");
    expect((await current(second.agreementId)).status).toBe("ACTIVE");
    expect(await prisma.agreement.count({ where: { partnerId: partner.id, status: "ACTIVE" } })).toBe(1);
    // The database refuses a second active row too (partial unique index).
    await expect(prisma.agreement.create({ data: { partnerId: partner.id, status: "ACTIVE" } })).rejects.toThrow();
  });

  it("paper upload checks the bytes; stage auto-advance respects the earlier rules", async () => {
    const noMeeting = await readyPartner("Ohne Treffen", { meeting: false });
    await prisma.partner.update({ where: { id: noMeeting.id }, data: { stage: "CONTACTED" } });
    const { agreementId } = await generateAgreement({ actor: coordinator, partnerId: noMeeting.id });
    const v = (await current(agreementId)).version;
    expect(await code(recordPaperSigned({ actor: coordinator, agreementId, version: v, bytes: Buffer.from("not a pdf at all"), signedBy: "X", signedAt: new Date() }))).toBe("VALIDATION");
    expect((await current(agreementId)).status).toBe("DRAFT");
    const result = await recordPaperSigned({ actor: coordinator, agreementId, version: v, bytes: await tinyPdf(), signedBy: "Erika Muster", signedAt: new Date() });
    expect((await current(agreementId)).status).toBe("ACTIVE");
    expect(result.advanced).toBe(false);
    expect((await prisma.partner.findUniqueOrThrow({ where: { id: noMeeting.id } })).stage).toBe("CONTACTED");
  });

  it("revoking an active agreement can move the partner back to MET, with the reason in the history", async () => {
    const partner = await readyPartner("Widerruf");
    const { agreementId } = await generateAgreement({ actor: coordinator, partnerId: partner.id });
    await recordPaperSigned({ actor: coordinator, agreementId, version: (await current(agreementId)).version, bytes: await tinyPdf(), signedBy: "Erika Muster", signedAt: new Date() });
    expect((await prisma.partner.findUniqueOrThrow({ where: { id: partner.id } })).stage).toBe("AGREEMENT_SIGNED");
    const res = await revokeAgreement({ actor: coordinator, data: { agreementId, version: (await current(agreementId)).version, reason: "Träger aufgelöst", moveBack: true } });
    expect(res.movedBack).toBe(true);
    expect((await current(agreementId)).status).toBe("REVOKED");
    expect((await prisma.partner.findUniqueOrThrow({ where: { id: partner.id } })).stage).toBe("MET");
    const back = await prisma.stageChange.findFirstOrThrow({ where: { partnerId: partner.id, toStage: "MET", fromStage: "AGREEMENT_SIGNED" } });
    expect(back.reason).toBe("Träger aufgelöst");
  });
});

describe("trust: every copy, every signer", () => {
  it("verification tells the original, the partner-signed copy, the final copy and a paper scan apart", async () => {
    const partner = await readyPartner("Prüfbar");
    const partnerActor = await partnerUser(partner.id);
    const { agreementId, sha256 } = await generateAgreement({ actor: coordinator, partnerId: partner.id });
    expect(await verifyHash(sha256)).toMatchObject({ copy: "original", isFinal: false, finalSince: null });
    await sendAgreement({ actor: coordinator, agreementId, version: (await current(agreementId)).version });
    await partnerSign({ actor: partnerActor, partnerId: partner.id, data: sign(await current(agreementId), sha256), meta });
    const partnerCopy = await prisma.agreementDocument.findFirstOrThrow({ where: { agreementId, kind: "PARTNER_SIGNED" } });
    expect(await verifyHash(partnerCopy.sha256)).toMatchObject({ copy: "partnerSigned", isFinal: false, finalSince: null, partnerName: partner.name });
    // The partner is renamed later: verification names it as it stood on the document.
    await prisma.partner.update({ where: { id: partner.id }, data: { name: `${partner.name} (neu)` } });
    const { signedSha256 } = await countersign({ actor: coordinator, data: { ...sign(await current(agreementId), sha256), name: "Kim Koordination" }, meta });
    const final = await verifyHash(signedSha256);
    expect(final).toMatchObject({ copy: "final", isFinal: true, partnerName: partner.name, ended: null });
    // Exactly one document is the final one.
    expect(await prisma.agreementDocument.count({ where: { agreementId, kind: "SIGNED" } })).toBe(1);
    const original = await verifyHash(sha256);
    expect(original).toMatchObject({ copy: "original", isFinal: false });
    expect(original.match && original.finalSince).toBeTruthy();
    expect(await verifyHash(partnerCopy.sha256)).toMatchObject({ copy: "partnerSigned", finalSince: expect.any(String) });
    // A tampered copy matches nothing.
    const bytes = Buffer.from((await prisma.agreementDocument.findFirstOrThrow({ where: { agreementId, kind: "SIGNED" }, include: { file: true } })).file.bytes);
    bytes[bytes.length - 20] ^= 1;
    expect(await verifyHash(sha256Of(bytes))).toEqual({ match: false });

    const paperPartner = await readyPartner("Papierweg");
    const paper = await generateAgreement({ actor: coordinator, partnerId: paperPartner.id });
    const scan = await recordPaperSigned({ actor: coordinator, agreementId: paper.agreementId, version: (await current(paper.agreementId)).version, bytes: await tinyPdf(), signedBy: "Ayşe Yıldız", signedAt: new Date() });
    expect(await verifyHash(scan.sha256)).toMatchObject({ copy: "paper", isFinal: true, partnerName: paperPartner.name });
    expect(await verifyHash(paper.sha256)).toMatchObject({ copy: "original", finalSince: expect.any(String) });
    expect(await prisma.signature.findMany({ where: { agreementId: paper.agreementId } })).toEqual([expect.objectContaining({ kind: "PAPER", signerName: "Ayşe Yıldız", documentSha256: scan.sha256 })]);
  });

  it("refuses a paper scan with active content and stores nothing", async () => {
    const partner = await readyPartner("Skript");
    const { agreementId } = await generateAgreement({ actor: coordinator, partnerId: partner.id });
    const pdf = await PDFDocument.create();
    pdf.addPage();
    pdf.catalog.set(PDFName.of("OpenAction"), pdf.context.obj({ S: PDFName.of("JavaScript"), JS: PDFString.of("app.alert(1)") }));
    const err = await recordPaperSigned({ actor: coordinator, agreementId, version: (await current(agreementId)).version, bytes: Buffer.from(await pdf.save()), signedBy: "X", signedAt: new Date() }).catch((e: AppError) => e);
    expect(err).toBeInstanceOf(AppError);
    expect((err as AppError).details?.fieldErrors).toEqual({ file: "upload.activeContent" });
    expect((await current(agreementId)).status).toBe("DRAFT");
    expect(await prisma.agreementDocument.count({ where: { agreementId, kind: "PAPER" } })).toBe(0);
  });

  it("a refused generation writes nothing: archived partner, open agreement already there", async () => {
    const archived = await readyPartner("Archiviert");
    await prisma.partner.update({ where: { id: archived.id }, data: { archived: true } });
    expect(await code(generateAgreement({ actor: coordinator, partnerId: archived.id }))).toBe("ARCHIVED");
    expect(await prisma.agreement.count({ where: { partnerId: archived.id } })).toBe(0);
    const open = await readyPartner("Offen");
    await generateAgreement({ actor: coordinator, partnerId: open.id });
    const before = await prisma.auditEvent.count({ where: { entityId: open.id } });
    expect(await code(generateAgreement({ actor: coordinator, partnerId: open.id }))).toBe("CONFLICT");
    expect(await prisma.agreement.count({ where: { partnerId: open.id } })).toBe(1);
    expect(await prisma.auditEvent.count({ where: { entityId: open.id } })).toBe(before);
  });

  it("signs every name; a script the PDF cannot draw needs a Latin version", async () => {
    const partner = await readyPartner("Ромашка e. V.");
    const partnerActor = await partnerUser(partner.id);
    const { agreementId, sha256 } = await generateAgreement({ actor: coordinator, partnerId: partner.id });
    await sendAgreement({ actor: coordinator, agreementId, version: (await current(agreementId)).version });
    const arabic = { ...sign(await current(agreementId), sha256), name: "محمد علي" };
    const refused = await partnerSign({ actor: partnerActor, partnerId: partner.id, data: arabic, meta }).catch((e: AppError) => e);
    expect((refused as AppError).code).toBe("VALIDATION");
    expect((refused as AppError).details?.fieldErrors).toEqual({ latinName: "agreements.sign.latinNeeded" });
    await partnerSign({ actor: partnerActor, partnerId: partner.id, data: { ...arabic, latinName: "Mohammed Ali" }, meta });
    await countersign({ actor: coordinator, data: { ...sign(await current(agreementId), sha256), name: "Łukasz Żółć" }, meta });
    expect(await prisma.signature.findMany({ where: { agreementId }, orderBy: { signedAt: "asc" }, select: { signerName: true, signerNameLatin: true } })).toEqual([
      { signerName: "محمد علي", signerNameLatin: "Mohammed Ali" },
      { signerName: "Łukasz Żółć", signerNameLatin: null },
    ]);
  });
});

describe("personal signing links", () => {
  async function sentWithLink(label: string) {
    const partner = await readyPartner(label);
    const { agreementId, sha256 } = await generateAgreement({ actor: coordinator, partnerId: partner.id });
    const { link } = await sendAgreement({ actor: coordinator, agreementId, version: (await current(agreementId)).version });
    return { partner, agreementId, sha256, link };
  }

  it("go to the named signer, need no account, record the e-mail they were sent to, and work once", async () => {
    const { partner, agreementId, sha256, link } = await sentWithLink("Linkweg");
    expect(link).toMatchObject({ email: "erika@example.org", name: "Erika Muster" });
    expect(await findSigningLink(link.token)).toMatchObject({ agreementId, email: "erika@example.org" });
    const data = { ...sign(await current(agreementId), sha256), name: "Nguyễn Thị Minh" };
    await signWithLink({ token: link.token, data, meta });
    expect((await current(agreementId)).status).toBe("SIGNED_BY_PARTNER");
    const contact = await prisma.contactPerson.findFirstOrThrow({ where: { partnerId: partner.id } });
    expect(await prisma.signature.findMany({ where: { agreementId } })).toEqual([
      expect.objectContaining({ kind: "ONLINE", signerName: "Nguyễn Thị Minh", signerEmail: "erika@example.org", userId: null, contactPersonId: contact.id, documentSha256: sha256 }),
    ]);
    // Used: the link is gone, a second use is refused.
    expect(await findSigningLink(link.token)).toBeNull();
    expect(await code(signWithLink({ token: link.token, data: { ...data, version: (await current(agreementId)).version }, meta }))).toBe("NOT_FOUND");
    // The coordination learns of it (the partner's owner, or every coordinator).
    const mails = await prisma.outboxMail.findMany({ where: { subject: { contains: partner.name } } });
    expect(mails.some((m) => m.subject.includes("unterschrieben") && m.text.includes(`/agreements/${agreementId}`))).toBe(true);
  });

  it("expire after 30 days, only work for their own agreement, and a new sending replaces them", async () => {
    const { agreementId, sha256, link } = await sentWithLink("Ablauf");
    const later = new Date(Date.now() + 31 * 86_400_000);
    expect(await findSigningLink(link.token, later)).toBeNull();
    const data = sign(await current(agreementId), sha256);
    expect(await code(signWithLink({ token: link.token, data, meta, now: later }))).toBe("NOT_FOUND");
    const other = await sentWithLink("Fremd");
    expect(await code(signWithLink({ token: other.link.token, data, meta }))).toBe("NOT_FOUND");
    expect((await current(agreementId)).status).toBe("SENT");
    expect(await findSigningLink("x".repeat(43))).toBeNull();
    // Two concurrent uses of one link: exactly one signature.
    const both = await Promise.allSettled([0, 1].map(() => signWithLink({ token: link.token, data, meta })));
    expect(both.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    expect(await prisma.signature.count({ where: { agreementId } })).toBe(1);
  });

  it("sending needs a contact with an e-mail, and writes nothing otherwise", async () => {
    const name = `Ohne Mail ${Math.random().toString(36).slice(2, 8)}`;
    const partner = await prisma.partner.create({ data: { name, sortName: germanSortKey(name), stage: "MET", contacts: { create: { name: "Nur Telefon", phone: "030 1", isPrimary: true } } } });
    const { agreementId } = await generateAgreement({ actor: coordinator, partnerId: partner.id });
    const err = await sendAgreement({ actor: coordinator, agreementId, version: (await current(agreementId)).version }).catch((e: AppError) => e);
    expect((err as AppError).message).toBe("agreements.sign.noSigner");
    expect((await current(agreementId)).status).toBe("DRAFT");
  });
});
