import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db";
import type { TActor } from "@/lib/auth/session";
import { writeAudit } from "@/lib/server/audit";
import { logActivity } from "@/lib/server/activities/log-activity";
import { addContact, setPrimaryContact } from "@/lib/server/contacts/save-contact";
import { archivePartner, restorePartner } from "@/lib/server/partners/archive-partner";
import { createPartner } from "@/lib/server/partners/create-partner";
import { updatePartner } from "@/lib/server/partners/update-partner";
import { auditCount, cleanupCreated, createActor, expectAppError, ghostActor, newPartner, partnerInput, trackPartners, uniqueToken } from "./fixtures";

let actor: TActor;
beforeAll(async () => {
  actor = await createActor();
});
afterAll(cleanupCreated);

const contact = (partnerId: string, name: string, over: { isPrimary?: boolean; email?: string } = {}) => ({
  partnerId,
  name,
  function: "",
  email: over.email ?? "",
  phone: "",
  isPrimary: over.isPrimary ?? false,
  publicConsent: false,
});

describe("createPartner", () => {
  it("creates the partner with its sort key, an initial StageChange and a 'partner.created' audit event", async () => {
    const name = `Zz-Test Ärger & Söhne ${uniqueToken()}`;
    const input = partnerInput({ name: `  ${name} `, email: "Info@Example.ORG", phone: "", fieldsOfWork: ["DIGITAL", "DIGITAL", "COURSES"] });
    const { id } = await createPartner({ actor, data: input });
    trackPartners([id]);

    const { fieldsOfWork, ...p } = await prisma.partner.findUniqueOrThrow({ where: { id }, include: { fieldsOfWork: { orderBy: { fieldOfWorkId: "asc" } } } });
    // Duplicates collapse; the rows reference the FieldOfWork table.
    expect(fieldsOfWork.map((f) => f.fieldOfWorkId)).toEqual(["COURSES", "DIGITAL"]);
    expect(p).toMatchObject({
      name,
      stage: "CONTACTED",
      version: 1,
      archived: false,
      ownerId: actor.id,
      email: "info@example.org",
      phone: null,
    });
    expect(p.sortName).toMatch(/^zz test arger sohne t[0-9a-f]{10}$/);

    const changes = await prisma.stageChange.findMany({ where: { partnerId: id } });
    expect(changes).toHaveLength(1);
    expect(changes[0]).toMatchObject({ fromStage: null, toStage: "CONTACTED", actorId: actor.id });
    expect(changes[0].at.getTime()).toBe(p.stageEnteredAt.getTime());

    const audit = await prisma.auditEvent.findMany({ where: { entity: "Partner", entityId: id } });
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ action: "partner.created", actorId: actor.id, data: { name } });
  });
});

describe("updatePartner", () => {
  it("with the current version: saves, bumps the version and audits a diff of the changed fields", async () => {
    const { id } = await newPartner(actor, { city: "Berlin", phone: "" });
    const before = await prisma.partner.findUniqueOrThrow({ where: { id } });
    const newName = `Zz-Test Umbenannt ${uniqueToken()}`;
    const data = { ...partnerInput({ name: newName, city: "Potsdam", phone: "030 1234567" }), id, version: 1 };
    expect(await updatePartner({ actor, data })).toEqual({ id, version: 2 });

    const after = await prisma.partner.findUniqueOrThrow({ where: { id } });
    expect(after).toMatchObject({ name: newName, city: "Potsdam", phone: "030 1234567", version: 2 });

    const audit = await prisma.auditEvent.findFirstOrThrow({ where: { entity: "Partner", entityId: id, action: "partner.updated" } });
    expect(audit.actorId).toBe(actor.id);
    expect(audit.data).toEqual({
      changes: {
        name: { from: before.name, to: newName },
        city: { from: "Berlin", to: "Potsdam" },
        phone: { from: null, to: "030 1234567" },
      },
    });
  });

  it("with a stale version: throws CONFLICT and changes nothing", async () => {
    const { id } = await newPartner(actor);
    await updatePartner({ actor, data: { ...partnerInput({ city: "Erste Änderung" }), id, version: 1 } });
    const before = await prisma.partner.findUniqueOrThrow({ where: { id } });
    const auditsBefore = await auditCount(id);

    await expectAppError(updatePartner({ actor, data: { ...partnerInput({ city: "Veraltet" }), id, version: 1 } }), "CONFLICT");

    expect(await prisma.partner.findUniqueOrThrow({ where: { id } })).toEqual(before);
    expect(await auditCount(id)).toBe(auditsBefore);
  });

  it("refuses an unknown partner with NOT_FOUND", async () => {
    await expectAppError(updatePartner({ actor, data: { ...partnerInput(), id: "does-not-exist", version: 1 } }), "NOT_FOUND");
  });
});

describe("archivePartner / restorePartner", () => {
  it("archives with a reason, refuses edits while archived, restores, and checks versions throughout", async () => {
    const { id } = await newPartner(actor);

    await expectAppError(archivePartner({ actor, data: { id, version: 7, reason: "Fusion" } }), "CONFLICT");
    expect((await prisma.partner.findUniqueOrThrow({ where: { id } })).archived).toBe(false);

    expect(await archivePartner({ actor, data: { id, version: 1, reason: "  Verein aufgelöst  " } })).toEqual({ id, version: 2 });
    const archived = await prisma.partner.findUniqueOrThrow({ where: { id } });
    expect(archived).toMatchObject({ archived: true, archivedReason: "Verein aufgelöst", version: 2 });
    expect(archived.archivedAt).toBeInstanceOf(Date);
    const archiveAudit = await prisma.auditEvent.findFirstOrThrow({ where: { entityId: id, action: "partner.archived" } });
    expect(archiveAudit).toMatchObject({ actorId: actor.id, data: { reason: "Verein aufgelöst" } });

    const audits = await auditCount(id);
    await expectAppError(updatePartner({ actor, data: { ...partnerInput(), id, version: 2 } }), "ARCHIVED");
    await expectAppError(archivePartner({ actor, data: { id, version: 2, reason: "nochmal" } }), "ARCHIVED");
    await expectAppError(addContact({ actor, data: contact(id, "Nicht anlegen") }), "ARCHIVED");
    await expectAppError(
      logActivity({ actor, data: { partnerId: id, kind: "CALL", occurredAt: new Date().toISOString(), summary: "x", location: "" } }),
      "ARCHIVED",
    );
    expect(await auditCount(id)).toBe(audits);
    expect(await prisma.partner.findUniqueOrThrow({ where: { id } })).toEqual(archived);

    await expectAppError(restorePartner({ actor, data: { id, version: 1, reason: "" } }), "CONFLICT");
    expect(await restorePartner({ actor, data: { id, version: 2, reason: "Doch weiter aktiv" } })).toEqual({ id, version: 3 });
    const restored = await prisma.partner.findUniqueOrThrow({ where: { id } });
    expect(restored).toMatchObject({ archived: false, archivedReason: null, archivedAt: null, version: 3 });
    const restoreAudit = await prisma.auditEvent.findFirstOrThrow({ where: { entityId: id, action: "partner.restored" } });
    expect(restoreAudit.data).toEqual({ reason: "Doch weiter aktiv" });

    // Restoring a partner that is not archived is a conflict; editing works again.
    await expectAppError(restorePartner({ actor, data: { id, version: 3, reason: "" } }), "CONFLICT");
    expect(await updatePartner({ actor, data: { ...partnerInput(), id, version: 3 } })).toEqual({ id, version: 4 });
  });

  it("an empty restore reason is stored as null", async () => {
    const { id } = await newPartner(actor);
    await archivePartner({ actor, data: { id, version: 1, reason: "Pause" } });
    await restorePartner({ actor, data: { id, version: 2, reason: "   " } });
    const audit = await prisma.auditEvent.findFirstOrThrow({ where: { entityId: id, action: "partner.restored" } });
    expect(audit.data).toEqual({ reason: null });
  });

  it("refuses unknown partners with NOT_FOUND", async () => {
    await expectAppError(archivePartner({ actor, data: { id: "does-not-exist", version: 1, reason: "Fusion" } }), "NOT_FOUND");
    await expectAppError(restorePartner({ actor, data: { id: "does-not-exist", version: 1, reason: "" } }), "NOT_FOUND");
  });
});

describe("audit events are written in the same transaction as the change", () => {
  it("a transaction that fails after writeAudit leaves no audit row", async () => {
    const { id } = await newPartner(actor);
    const before = await auditCount(id);
    const failed = prisma.$transaction(async (tx) => {
      await tx.partner.update({ where: { id }, data: { notes: "nie gespeichert" } });
      await writeAudit(tx, { actorId: actor.id, action: "partner.updated", entity: "Partner", entityId: id, data: { changes: {} } });
      expect(await tx.auditEvent.count({ where: { entityId: id } })).toBe(before + 1);
      throw new Error("boom");
    });
    await expect(failed).rejects.toThrow("boom");
    expect(await auditCount(id)).toBe(before);
    expect((await prisma.partner.findUniqueOrThrow({ where: { id } })).notes).toBeNull();
  });

  it("updatePartner: when the audit write fails, the partner change is rolled back", async () => {
    const { id } = await newPartner(actor, { city: "Berlin" });
    const before = await prisma.partner.findUniqueOrThrow({ where: { id } });
    const audits = await auditCount(id);
    // The audit row references a user that does not exist: its insert fails after the partner was updated.
    await expect(updatePartner({ actor: ghostActor(), data: { ...partnerInput({ city: "Hamburg" }), id, version: 1 } })).rejects.toThrow();
    expect(await prisma.partner.findUniqueOrThrow({ where: { id } })).toEqual(before);
    expect(await auditCount(id)).toBe(audits);
  });

  it("archivePartner: when the audit write fails, the partner stays active", async () => {
    const { id } = await newPartner(actor);
    await expect(archivePartner({ actor: ghostActor(), data: { id, version: 1, reason: "Fusion" } })).rejects.toThrow();
    expect(await prisma.partner.findUniqueOrThrow({ where: { id } })).toMatchObject({ archived: false, archivedReason: null, version: 1 });
  });

  it("addContact on an archived partner leaves no contact and no audit row", async () => {
    const { id } = await newPartner(actor);
    await archivePartner({ actor, data: { id, version: 1, reason: "Fusion" } });
    const audits = await auditCount(id);
    await expectAppError(addContact({ actor, data: contact(id, "Erika Mustermann", { isPrimary: true }) }), "ARCHIVED");
    expect(await prisma.contactPerson.count({ where: { partnerId: id } })).toBe(0);
    expect(await auditCount(id)).toBe(audits);
  });

  it("addContact: when the audit write fails, no contact is left behind", async () => {
    const { id } = await newPartner(actor);
    await expect(addContact({ actor: ghostActor(), data: contact(id, "Erika Mustermann") })).rejects.toThrow();
    expect(await prisma.contactPerson.count({ where: { partnerId: id } })).toBe(0);
  });
});

describe("contacts", () => {
  const primaries = (partnerId: string) =>
    prisma.contactPerson.findMany({ where: { partnerId, isPrimary: true }, select: { id: true } }).then((r) => r.map((c) => c.id));

  it("the first contact becomes primary; there is only ever one primary", async () => {
    const { id } = await newPartner(actor);
    const first = await addContact({ actor, data: contact(id, "Anna Erste", { isPrimary: false }) });
    expect(await primaries(id)).toEqual([first.id]);

    const second = await addContact({ actor, data: contact(id, "Bernd Zweiter", { isPrimary: false }) });
    expect(await primaries(id)).toEqual([first.id]);

    const third = await addContact({ actor, data: contact(id, "Cem Dritter", { isPrimary: true }) });
    expect(await primaries(id)).toEqual([third.id]);

    await setPrimaryContact({ actor, partnerId: id, contactId: second.id });
    expect(await primaries(id)).toEqual([second.id]);
    await setPrimaryContact({ actor, partnerId: id, contactId: second.id });
    expect(await primaries(id)).toEqual([second.id]);

    expect(await auditCount(id, "contact.created")).toBe(3);
    const primarySet = await prisma.auditEvent.findMany({ where: { entityId: id, action: "contact.primarySet" } });
    expect(primarySet).toHaveLength(2);
    expect(primarySet[0].data).toEqual({ contactId: second.id, name: "Bernd Zweiter" });
  });

  it("setPrimaryContact refuses a contact of another partner", async () => {
    const a = await newPartner(actor);
    const b = await newPartner(actor);
    const ca = await addContact({ actor, data: contact(a.id, "Anna A") });
    const cb = await addContact({ actor, data: contact(b.id, "Berta B") });
    await expectAppError(setPrimaryContact({ actor, partnerId: a.id, contactId: cb.id }), "NOT_FOUND");
    expect(await primaries(a.id)).toEqual([ca.id]);
    expect(await primaries(b.id)).toEqual([cb.id]);
  });
});

describe("logActivity", () => {
  it("writes the activity and an 'activity.logged' audit event", async () => {
    const { id } = await newPartner(actor);
    const occurredAt = "2026-02-03T09:30:00.000Z";
    const { id: activityId } = await logActivity({
      actor,
      data: { partnerId: id, kind: "MEETING", occurredAt, summary: "  Erstgespräch im Büro  ", location: "" },
    });
    const activity = await prisma.activity.findUniqueOrThrow({ where: { id: activityId } });
    expect(activity).toMatchObject({ partnerId: id, kind: "MEETING", summary: "Erstgespräch im Büro", location: null, authorId: actor.id });
    expect(activity.occurredAt.toISOString()).toBe(occurredAt);
    const audit = await prisma.auditEvent.findFirstOrThrow({ where: { entityId: id, action: "activity.logged" } });
    expect(audit).toMatchObject({ actorId: actor.id, data: { kind: "MEETING", occurredAt } });
  });

  it("refuses an unknown partner and writes nothing", async () => {
    await expectAppError(
      logActivity({ actor, data: { partnerId: "does-not-exist", kind: "NOTE", occurredAt: new Date().toISOString(), summary: "x", location: "" } }),
      "NOT_FOUND",
    );
    expect(await prisma.activity.count({ where: { partnerId: "does-not-exist" } })).toBe(0);
  });
});
