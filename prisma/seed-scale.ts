// Fills the database with N realistic partners (default 10,000), with contacts,
// activities, stage histories and agreements. Usage: npm run seed:scale -- --partners 10000
import crypto from "node:crypto";
import { createPrisma } from "@/lib/db";
import { germanSortKey } from "@/lib/domain/sort-name";
import { STAGES } from "@/lib/domain/fields-of-work";
import { createDemoLogo, seedDemo } from "./seed/demo";

const DAY = 86_400_000;
const KINDS = ["Volkshochschule", "Bibliothek", "Beratungsstelle", "Familienzentrum", "Nachbarschaftshaus", "Verein", "Jobcenter-Team", "Bildungswerk", "Stadtteilzentrum", "Lernwerkstatt"];
const PLACES = ["Mitte", "Wedding", "Moabit", "Gesundbrunnen", "Tiergarten", "Pankow", "Neukölln", "Kreuzberg", "Friedrichshain", "Spandau", "Reinickendorf", "Köpenick", "Lichtenberg", "Schöneberg", "Steglitz"];
const FIRST = ["Anna", "Ben", "Clara", "Deniz", "Emil", "Fatma", "Greta", "Hakan", "Ida", "Jonas", "Katja", "Lars", "Mia", "Nils", "Özlem", "Paul", "Rita", "Sven", "Tülay", "Uwe"];
const LAST = ["Albrecht", "Böhm", "Çelik", "Dietrich", "Engel", "Franke", "Günther", "Haas", "Jäger", "Kühn", "Lorenz", "Möller", "Nowak", "Otto", "Pohl", "Roth", "Schütz", "Thiel", "Vogt", "Weiß"];

function arg(name: string, fallback: number) {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? Number(process.argv[i + 1]) : fallback;
}

// Deterministic pseudo-random numbers, so two runs produce comparable data.
let state = 42;
const rnd = () => ((state = (state * 1664525 + 1013904223) % 4294967296) / 4294967296);
const pick = <T>(xs: readonly T[]) => xs[Math.floor(rnd() * xs.length)];

async function main() {
  const total = arg("partners", 10_000);
  const prisma = createPrisma(process.env.DATABASE_URL!, { statementTimeoutMs: 600_000 });
  const started = Date.now();
  if ((await prisma.user.count()) === 0) await seedDemo(prisma);
  const fieldIds = (await prisma.fieldOfWork.findMany({ where: { active: true }, select: { id: true } })).map((f) => f.id);
  const owners = await prisma.user.findMany({ where: { roles: { hasSome: ["COORDINATOR"] } }, select: { id: true } });
  const now = Date.now();
  const logo = await createDemoLogo(prisma);
  const batch = 1000;
  for (let offset = 0; offset < total; offset += batch) {
    const partners = [], contacts = [], activities = [], changes = [], agreements = [], fields = [], tasks = [];
    for (let i = offset; i < Math.min(total, offset + batch); i++) {
      const id = crypto.randomUUID();
      const stageIdx = Math.min(3, Math.floor(rnd() * 4.4));
      const stage = STAGES[stageIdx];
      const entered = new Date(now - Math.floor(rnd() * 300) * DAY);
      const name = `${pick(KINDS)} ${pick(PLACES)} ${i + 1}`;
      const owner = pick(owners).id;
      partners.push({
        id, name, sortName: germanSortKey(name), stage, stageEnteredAt: entered, circle: rnd() < 0.3 ? ("CORE" as const) : ("EXTENDED" as const),
        city: "Berlin", postalCode: String(10115 + Math.floor(rnd() * 3000)), email: `info${i}@scale.example.org`, ownerId: owner,
        archived: rnd() < 0.05, description: stageIdx === 3 ? ["Kurse für Erwachsene", "Beratung"] : [],
        logoFileId: stageIdx === 3 ? logo.id : null, publicationConsentAt: stageIdx === 3 ? entered : null,
      });
      for (const fieldOfWorkId of new Set([pick(fieldIds), pick(fieldIds)])) fields.push({ partnerId: id, fieldOfWorkId });
      if (stageIdx < 3 && rnd() < 0.5) {
        tasks.push({ partnerId: id, title: "Nachfassen", assigneeId: owner, dueDate: new Date(new Date(now + Math.floor(rnd() * 40 - 10) * DAY).toISOString().slice(0, 10)) });
      }
      const person = `${pick(FIRST)} ${pick(LAST)}`;
      contacts.push({ partnerId: id, name: person, email: `p${i}@scale.example.org`, isPrimary: true });
      const first = new Date(entered.getTime() - stageIdx * 20 * DAY);
      activities.push({ partnerId: id, kind: "EMAIL" as const, occurredAt: first, summary: "Erstkontakt per E-Mail", authorId: owner });
      changes.push({ partnerId: id, fromStage: null, toStage: "CONTACTED" as const, actorId: owner, at: first });
      for (let s = 1; s <= stageIdx; s++) {
        const at = new Date(entered.getTime() - (stageIdx - s) * 20 * DAY);
        if (s === 1) activities.push({ partnerId: id, kind: "MEETING" as const, occurredAt: at, summary: "Kennenlerntreffen", authorId: owner });
        if (s === 2) agreements.push({ partnerId: id, status: "ACTIVE" as const, activatedAt: at });
        changes.push({ partnerId: id, fromStage: STAGES[s - 1], toStage: STAGES[s], actorId: owner, at });
      }
    }
    await prisma.partner.createMany({ data: partners });
    await Promise.all([
      prisma.contactPerson.createMany({ data: contacts }),
      prisma.activity.createMany({ data: activities }),
      prisma.stageChange.createMany({ data: changes }),
      prisma.agreement.createMany({ data: agreements }),
      prisma.partnerFieldOfWork.createMany({ data: fields }),
      prisma.task.createMany({ data: tasks }),
    ]);
    process.stdout.write(`\r${Math.min(total, offset + batch)} / ${total} partners`);
  }
  console.log(`\nSeeded ${total} partners in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  await prisma.$disconnect();
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
