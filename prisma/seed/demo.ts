import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { germanSortKey } from "@/lib/domain/sort-name";
import { STAGES } from "@/lib/domain/fields-of-work";
import { hashPassword } from "@/lib/auth/password";
import { DEMO_PARTNERS } from "./demo-partners";
import { AGREEMENT_BODY_V1, JOIN_PAGE_V1, VALUES_V1 } from "./texts";

/** The first values version and the join page text; safe to call on every start. */
export async function ensureBaseTexts(prisma: PrismaClient) {
  const existing = await prisma.valuesVersion.findFirst({ orderBy: { version: "desc" } });
  const values = existing ?? (await prisma.valuesVersion.create({ data: { version: 1, valuesText: VALUES_V1, bodyText: AGREEMENT_BODY_V1 } }));
  await prisma.siteContent.upsert({ where: { key: "join-page" }, update: {}, create: { key: "join-page", markdown: JOIN_PAGE_V1 } });
  return values;
}

export const DEMO_PASSWORD = "Demo-2026!";
export const DEMO_COORDINATOR = "koordination@buendnis.example";
export const DEMO_PARTNER_ACCOUNTS = [
  { email: "kontakt@vhs-mitte.example", name: "Jana Becker", partner: "Volkshochschule Mitte" },
  { email: "kontakt@lesewerkstatt.example", name: "Malte Krüger", partner: "Lesewerkstatt Moabit e. V." },
];

/** One stored demo logo shared by the published demo partners. */
export async function createDemoLogo(prisma: PrismaClient) {
  const bytes = fs.readFileSync(path.join(process.cwd(), "prisma/seed/demo-logo.svg"));
  const sha256 = crypto.createHash("sha256").update(bytes).digest("hex");
  return prisma.storedFile.create({ data: { purpose: "logo", contentType: "image/svg+xml", size: bytes.length, sha256, bytes } });
}

const DAY = 86_400_000;
const slug = (s: string) => germanSortKey(s).replace(/ /g, "-").slice(0, 30);

/** Seeds demo accounts and ~25 partners across all stages. Run only on an empty database. */
export async function seedDemo(prisma: PrismaClient) {
  const hash = await hashPassword(DEMO_PASSWORD);
  const admin = await prisma.user.create({
    data: { email: DEMO_COORDINATOR, name: "Kim Koordination", passwordHash: hash, roles: ["ADMIN", "COORDINATOR"] },
  });
  const second = await prisma.user.create({
    data: { email: "mitarbeit@buendnis.example", name: "Robin Mitarbeit", passwordHash: hash, roles: ["COORDINATOR"] },
  });
  const now = Date.now();
  const logo = await createDemoLogo(prisma);
  const values = await ensureBaseTexts(prisma);
  for (const [i, d] of DEMO_PARTNERS.entries()) {
    const owner = i % 3 === 0 ? second : admin;
    const stageIdx = STAGES.indexOf(d.stage);
    const enteredAt = new Date(now - d.daysInStage * DAY);
    const email = `info@${slug(d.name)}.example.org`;
    const partner = await prisma.partner.create({
      data: {
        name: d.name,
        sortName: germanSortKey(d.name),
        kind: d.kind ?? "ORGANISATION",
        stage: d.stage,
        stageEnteredAt: enteredAt,
        circle: d.circle,
        fieldsOfWork: { create: d.fields.map((fieldOfWorkId) => ({ fieldOfWorkId })) },
        street: d.street,
        postalCode: d.postalCode,
        city: "Berlin",
        email,
        phone: `030 555 ${String(1000 + i * 37).padStart(4, "0")}`,
        website: d.kind ? null : `https://www.${slug(d.name)}.example.org`,
        ownerId: owner.id,
        archived: Boolean(d.archived),
        archivedReason: d.archived ?? null,
        archivedAt: d.archived ? new Date(now - DAY) : null,
        // The next step (a task): one overdue, one due today, the others later.
        tasks:
          d.stage === "PUBLISHED" || d.archived
            ? undefined
            : {
                create: {
                  title: d.stage === "CONTACTED" ? "Termin fürs Kennenlernen vereinbaren" : d.stage === "MET" ? "Vereinbarung vorbereiten" : "Logo und Kurzbeschreibung erfragen",
                  dueDate: new Date(new Date(now + ((i % 5) - 1) * 3 * DAY).toISOString().slice(0, 10)),
                  assigneeId: owner.id,
                },
              },
        description: d.description ?? [],
        logoFileId: d.stage === "PUBLISHED" ? logo.id : null,
        publicationConsentAt: d.stage === "PUBLISHED" ? enteredAt : null,
        contacts: {
          create: {
            name: d.contact[0],
            function: d.contact[1],
            email: `${slug(d.contact[0]).split("-").slice(-1)[0]}@${slug(d.name)}.example.org`,
            phone: `030 555 ${String(2000 + i * 41).padStart(4, "0")}`,
            isPrimary: true,
            publicConsent: d.stage === "PUBLISHED",
          },
        },
      },
    });
    // History: first contact, and one entry per later stage, ending at `enteredAt`.
    const firstContact = new Date(enteredAt.getTime() - stageIdx * 21 * DAY);
    await prisma.activity.create({
      data: { partnerId: partner.id, kind: i % 2 ? "CALL" : "EMAIL", occurredAt: firstContact, summary: "Erstkontakt: Interesse am Bündnis, Infomaterial geschickt.", authorId: owner.id },
    });
    await prisma.stageChange.create({ data: { partnerId: partner.id, fromStage: null, toStage: "CONTACTED", actorId: owner.id, at: firstContact } });
    for (let s = 1; s <= stageIdx; s++) {
      const at = new Date(enteredAt.getTime() - (stageIdx - s) * 21 * DAY);
      if (s === 1) {
        await prisma.activity.create({
          data: {
            partnerId: partner.id,
            kind: i % 4 === 0 ? "PLENARY" : "MEETING",
            occurredAt: new Date(at.getTime() - DAY),
            summary: i % 4 === 0 ? "Kennengelernt bei der Plenumssitzung, Ziele abgeglichen." : "Kurzes Kennenlerntreffen vor Ort.",
            location: i % 4 === 0 ? "Rathaus Mitte, Raum 2" : d.street,
            authorId: owner.id,
          },
        });
      }
      let agreementId: string | undefined;
      if (s === 2) {
        const agreement = await prisma.agreement.create({
          data: {
            partnerId: partner.id, status: "ACTIVE", activatedAt: at, partnerSignedAt: at, paperSigned: true, valuesVersionId: values.id,
            signatures: { create: { kind: "PAPER", signerName: d.contact[0], signerFunction: d.contact[1], signedAt: at } },
          },
        });
        agreementId = agreement.id;
      }
      await prisma.stageChange.create({ data: { partnerId: partner.id, fromStage: STAGES[s - 1], toStage: STAGES[s], actorId: owner.id, at, agreementId } });
    }
    if (d.archived) {
      await prisma.stageChange.create({
        data: { partnerId: partner.id, kind: "ARCHIVE", fromStage: d.stage, toStage: d.stage, reason: d.archived, actorId: owner.id, at: new Date(now - DAY) },
      });
    }
  }
  for (const account of DEMO_PARTNER_ACCOUNTS) {
    const partner = await prisma.partner.findFirstOrThrow({ where: { name: account.partner } });
    await prisma.user.create({ data: { email: account.email, name: account.name, passwordHash: hash, roles: ["PARTNER"], partnerId: partner.id } });
  }
  return { users: 2 + DEMO_PARTNER_ACCOUNTS.length, partners: DEMO_PARTNERS.length };
}
