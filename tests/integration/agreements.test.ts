import { beforeAll, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db";
import type { TActor } from "@/lib/auth/session";
import { AppError } from "@/lib/errors";
import { germanSortKey } from "@/lib/domain/sort-name";
import { PDFDocument } from "pdf-lib";
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

    expect(await verifyHash(sha256)).toMatchObject({ match: true, status: "ACTIVE", kind: "GENERATED", partnerName: partner.name });
    expect(await verifyHash(result.signedSha256)).toMatchObject({ match: true, kind: "SIGNED" });
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
