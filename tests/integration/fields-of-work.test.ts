// Fields of work as a table: coordinators add, rename and deactivate them; partners
// reference them by id; the public feed keeps publishing the same ids and labels.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db";
import type { TActor } from "@/lib/auth/session";
import { fieldOptions } from "@/lib/server/fields-of-work/queries";
import { createFieldOfWork, updateFieldOfWork } from "@/lib/server/fields-of-work/write";
import { buildFeed } from "@/lib/server/public/feed";
import { loadPublicDirectory } from "@/lib/server/public/directory";
import { listPartners } from "@/lib/server/partners/list-partners";
import { updatePartner } from "@/lib/server/partners/update-partner";
import { parseListQuery } from "@/lib/validations/partner";
import { cleanupCreated, createActor, expectAppError, newPartner, partnerInput, uniqueToken } from "./fixtures";

let actor: TActor;
const ids: string[] = [];
beforeAll(async () => {
  actor = await createActor(["COORDINATOR"]);
});
afterAll(async () => {
  await cleanupCreated();
  await prisma.auditEvent.deleteMany({ where: { entity: "Settings", entityId: { in: ids.map((id) => `fieldOfWork:${id}`) } } });
  await prisma.fieldOfWork.deleteMany({ where: { id: { in: ids } } });
});

describe("fields of work", () => {
  it("are seeded with today's ids and labels, in order", async () => {
    const de = await fieldOptions("de");
    expect(de.slice(0, 7).map((f) => [f.id, f.label])).toEqual([
      ["COURSES", "Kurse"],
      ["COUNSELLING", "Beratung"],
      ["OUTREACH", "Kontakt zu Betroffenen"],
      ["DIGITAL", "Digitale Grundbildung"],
      ["NUMERACY", "Rechnen und Finanzen"],
      ["FAMILY", "Familie und Elternarbeit"],
      ["WORK", "Arbeit und Beruf"],
    ]);
    expect((await fieldOptions("en"))[0]).toEqual({ id: "COURSES", label: "Courses", active: true });
  });

  it("a coordinator adds one (id derived from the label), renames and deactivates it; each change is audited", async () => {
    const label = `Lesen ${uniqueToken()}`;
    const { id } = await createFieldOfWork({ actor, data: { id: "", labelDe: label, labelEn: "Reading", sortOrder: 900 } });
    ids.push(id);
    expect(id).toMatch(/^LESEN_T[0-9A-F]{10}$/);
    expect(await prisma.auditEvent.count({ where: { action: "fieldOfWork.created", entityId: `fieldOfWork:${id}` } })).toBe(1);

    // A partner takes the new field; the list filter finds it.
    const partner = await newPartner(actor, { fieldsOfWork: ["COURSES", id] });
    const found = await listPartners(parseListQuery({ field: id, q: partner.name }));
    expect(found.rows.map((r) => r.id)).toEqual([partner.id]);

    const renamed = await updateFieldOfWork({ actor, data: { id, labelDe: "Lesen und Schreiben", labelEn: "Reading and writing", sortOrder: 900, active: true, version: 1 } });
    await expectAppError(updateFieldOfWork({ actor, data: { id, labelDe: "Alt", labelEn: "Old", sortOrder: 900, active: true, version: 1 } }), "CONFLICT");
    await updateFieldOfWork({ actor, data: { id, labelDe: "Lesen und Schreiben", labelEn: "Reading and writing", sortOrder: 900, active: false, version: renamed.version } });
    const audit = await prisma.auditEvent.findMany({ where: { action: "fieldOfWork.updated", entityId: `fieldOfWork:${id}` }, orderBy: { at: "asc" } });
    expect(audit.map((a) => a.data)).toEqual([
      { id, changes: { labelDe: { from: label, to: "Lesen und Schreiben" }, labelEn: { from: "Reading", to: "Reading and writing" } } },
      { id, changes: { active: { from: true, to: false } } },
    ]);

    // Deactivated: no longer offered or accepted for new choices, kept where it is already chosen.
    expect((await fieldOptions("de")).map((f) => f.id)).not.toContain(id);
    expect((await fieldOptions("de", { keep: [id] })).find((f) => f.id === id)).toEqual({ id, label: "Lesen und Schreiben", active: false });
    const other = await newPartner(actor);
    const err = await expectAppError(updatePartner({ actor, data: { ...partnerInput({ name: other.name, fieldsOfWork: ["COURSES", id] }), id: other.id, version: 1 } }), "VALIDATION");
    expect(err.details?.fieldErrors).toEqual({ "fieldsOfWork.1": "validation.invalidOption" });
    const kept = await updatePartner({ actor, data: { ...partnerInput({ name: partner.name, city: "Potsdam", fieldsOfWork: ["COURSES", id] }), id: partner.id, version: 1 } });
    expect(kept.version).toBe(2);
    expect((await prisma.partnerFieldOfWork.findMany({ where: { partnerId: partner.id }, orderBy: { fieldOfWorkId: "asc" } })).map((r) => r.fieldOfWorkId)).toEqual(["COURSES", id]);
  });

  it("refuses ids that do not exist, next to the field, and writes nothing", async () => {
    const before = await prisma.partner.count();
    const err = await expectAppError(newPartner(actor, { fieldsOfWork: ["COURSES", "KNITTING"] }), "VALIDATION");
    expect(err.details?.fieldErrors).toEqual({ "fieldsOfWork.1": "validation.invalidOption" });
    expect(await prisma.partner.count()).toBe(before);
    await expectAppError(createFieldOfWork({ actor, data: { id: "", labelDe: "Ромашка", labelEn: "Chamomile", sortOrder: 1 } }), "VALIDATION");
  });

  it("the public feed publishes ids with the German label, active fields only", async () => {
    const id = `ZZ_${uniqueToken().toUpperCase()}`;
    ids.push(id);
    await createFieldOfWork({ actor, data: { id, labelDe: "Übergänge", labelEn: "Transitions", sortOrder: 5 } });
    const partner = await newPartner(actor, { fieldsOfWork: ["DIGITAL", "COURSES", id] });
    await prisma.partner.update({ where: { id: partner.id }, data: { stage: "PUBLISHED", publicationConsentAt: new Date() } });
    const feedPartner = async () => {
      const { body } = buildFeed(await loadPublicDirectory(), "https://crm.example.org");
      return (JSON.parse(body) as { partners: { id: string; fieldsOfWork: unknown }[] }).partners.find((p) => p.id === partner.id);
    };
    expect((await feedPartner())?.fieldsOfWork).toEqual([
      { id, label: "Übergänge" },
      { id: "COURSES", label: "Kurse" },
      { id: "DIGITAL", label: "Digitale Grundbildung" },
    ]);
    await updateFieldOfWork({ actor, data: { id, labelDe: "Übergänge", labelEn: "Transitions", sortOrder: 5, active: false, version: 1 } });
    expect((await feedPartner())?.fieldsOfWork).toEqual([
      { id: "COURSES", label: "Kurse" },
      { id: "DIGITAL", label: "Digitale Grundbildung" },
    ]);
  });
});
