// The db_constraints migration carries existing data over: fields of work from the
// old String[] column into the join table, signer JSON into Signature rows, and it
// cleans what would violate the new rules (dangling ids, duplicate primaries,
// pending drafts and open agreements). Runs the migrations on an in-process PGlite.
import fs from "node:fs";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const MIGRATIONS = path.join(process.cwd(), "prisma/migrations");
const TARGET = "_db_constraints";
const dirs = fs.readdirSync(MIGRATIONS).filter((d) => /^\d+_/.test(d)).sort();
const targetIndex = dirs.findIndex((d) => d.endsWith(TARGET));
const sql = (d: string) => fs.readFileSync(path.join(MIGRATIONS, d, "migration.sql"), "utf8");

let db: PGlite;
beforeAll(async () => {
  db = await PGlite.create();
  for (const d of dirs.slice(0, targetIndex)) await db.exec(sql(d));
}, 60_000);
afterAll(async () => db?.close());

const rows = async <T>(query: string) => (await db.query<T>(query)).rows;

describe("db_constraints migration", () => {
  it("moves fields of work and signatures into tables and resolves what would break the new rules", async () => {
    expect(targetIndex).toBeGreaterThan(0);
    await db.exec(`
      INSERT INTO "User" ("id", "email", "name", "roles", "updatedAt") VALUES ('u1', 'k@x.example', 'Kim', '{COORDINATOR}', now());
      INSERT INTO "Partner" ("id", "name", "sortName", "fieldsOfWork", "description", "updatedAt", "publicationConsentById", "publicContactId")
        VALUES ('p1', 'Eins', 'eins', '{COURSES,DIGITAL,KNITTING}', '{}', now(), 'gone-user', 'gone-contact'),
               ('p2', 'Zwei', 'zwei', '{}', '{}', now(), 'u1', NULL);
      INSERT INTO "ContactPerson" ("id", "partnerId", "name", "email", "isPrimary", "updatedAt") VALUES
        ('c1', 'p1', 'Ayşe Yıldız', 'ayse@x.example', true, now() - interval '1 day'),
        ('c2', 'p1', 'Łukasz Żółć', NULL, true, now());
      INSERT INTO "ProfileDraft" ("id", "partnerId", "description", "submittedById", "submittedAt") VALUES
        ('d1', 'p1', '{}', 'u1', now() - interval '1 hour'), ('d2', 'p1', '{}', 'u1', now());
      INSERT INTO "Agreement" ("id", "partnerId", "status", "createdAt", "updatedAt", "partnerSignedById", "countersignedById", "partnerSigner", "counterSigner") VALUES
        ('a1', 'p1', 'ACTIVE', now() - interval '9 days', now(), 'u1', 'u1',
          '{"role":"partner","name":"Ayşe Yıldız","function":"Leitung","email":"AYSE@x.example","ip":"203.0.113.7","userAgent":"ua","signedAt":"2026-11-20T10:00:00.000Z","documentSha256":"${"a".repeat(64)}"}',
          '{"role":"coordination","name":"Kim","function":"Koordination","email":"k@x.example","ip":"203.0.113.8","userAgent":"ua2","signedAt":"2026-11-21T11:00:00.000Z","documentSha256":"${"a".repeat(64)}"}'),
        ('a2', 'p2', 'SUPERSEDED', now() - interval '8 days', now(), NULL, 'gone-user', '{"name":"Nguyễn Thị Minh","signedAt":"2026-11-01T09:00:00.000Z","paper":true}', NULL),
        ('a3', 'p2', 'DRAFT', now() - interval '2 days', now(), NULL, NULL, NULL, NULL),
        ('a4', 'p2', 'SENT', now() - interval '3 days', now(), NULL, NULL, NULL, NULL);
      INSERT INTO "StageChange" ("id", "partnerId", "toStage", "agreementId") VALUES ('s1', 'p1', 'MET', 'gone-agreement'), ('s2', 'p1', 'AGREEMENT_SIGNED', 'a1');
      INSERT INTO "Feedback" ("id", "partnerId", "kind", "title", "createdById", "updatedAt") VALUES ('f1', 'p1', 'PROBLEM', 'T', 'gone-user', now());
      INSERT INTO "FeedbackMessage" ("id", "feedbackId", "authorId", "body") VALUES ('m1', 'f1', 'gone-user', 'B'), ('m2', 'f1', 'u1', 'C');
      INSERT INTO "AuthToken" ("id", "kind", "tokenHash", "email", "roles", "partnerId", "expiresAt") VALUES
        ('t1', 'INVITE', 'h1', 'a@x.example', '{PARTNER}', 'gone-partner', now()), ('t2', 'INVITE', 'h2', 'b@x.example', '{PARTNER}', 'p1', now());
    `);
    await db.exec(sql(dirs[targetIndex]));

    expect(await rows(`SELECT "partnerId", "fieldOfWorkId" FROM "PartnerFieldOfWork" ORDER BY 1, 2`)).toEqual([
      { partnerId: "p1", fieldOfWorkId: "COURSES" },
      { partnerId: "p1", fieldOfWorkId: "DIGITAL" },
      { partnerId: "p1", fieldOfWorkId: "KNITTING" },
    ]);
    expect(await rows(`SELECT "id", "labelDe", "active" FROM "FieldOfWork" WHERE "id" IN ('COURSES', 'OUTREACH', 'KNITTING') ORDER BY "sortOrder"`)).toEqual([
      { id: "COURSES", labelDe: "Kurse", active: true },
      { id: "OUTREACH", labelDe: "Kontakt zu Betroffenen", active: true },
      { id: "KNITTING", labelDe: "KNITTING", active: false },
    ]);

    const sigs = await rows<Record<string, unknown>>(
      `SELECT "agreementId", "kind", "signerName", "signerFunction", "signerEmail", "contactPersonId", "userId", "ip", "documentSha256", to_char("signedAt", 'YYYY-MM-DD HH24:MI') AS at FROM "Signature" ORDER BY "agreementId", "kind"`,
    );
    expect(sigs).toEqual([
      { agreementId: "a1", kind: "ONLINE", signerName: "Ayşe Yıldız", signerFunction: "Leitung", signerEmail: "ayse@x.example", contactPersonId: "c1", userId: "u1", ip: "203.0.113.7", documentSha256: "a".repeat(64), at: "2026-11-20 10:00" },
      { agreementId: "a1", kind: "COUNTERSIGN", signerName: "Kim", signerFunction: "Koordination", signerEmail: "k@x.example", contactPersonId: null, userId: "u1", ip: "203.0.113.8", documentSha256: "a".repeat(64), at: "2026-11-21 11:00" },
      { agreementId: "a2", kind: "PAPER", signerName: "Nguyễn Thị Minh", signerFunction: null, signerEmail: null, contactPersonId: null, userId: null, ip: null, documentSha256: null, at: "2026-11-01 09:00" },
    ]);

    // Dangling ids are cleared; the unusable invitation is gone, the other stays.
    expect(await rows(`SELECT "publicationConsentById", "publicContactId" FROM "Partner" WHERE "id" = 'p1'`)).toEqual([{ publicationConsentById: null, publicContactId: null }]);
    expect(await rows(`SELECT "id", "agreementId" FROM "StageChange" ORDER BY "id"`)).toEqual([{ id: "s1", agreementId: null }, { id: "s2", agreementId: "a1" }]);
    expect(await rows(`SELECT "id", "authorId" FROM "FeedbackMessage" ORDER BY "id"`)).toEqual([{ id: "m1", authorId: null }, { id: "m2", authorId: "u1" }]);
    expect(await rows(`SELECT "id" FROM "AuthToken"`)).toEqual([{ id: "t2" }]);

    // Duplicates resolved: newest primary, newest pending draft, the most advanced open agreement.
    expect(await rows(`SELECT "id" FROM "ContactPerson" WHERE "isPrimary"`)).toEqual([{ id: "c2" }]);
    expect(await rows(`SELECT "id", "status" FROM "ProfileDraft" ORDER BY "id"`)).toEqual([{ id: "d1", status: "SUPERSEDED" }, { id: "d2", status: "PENDING" }]);
    expect(await rows(`SELECT "id", "status" FROM "Agreement" WHERE "partnerId" = 'p2' ORDER BY "id"`)).toEqual([
      { id: "a2", status: "SUPERSEDED" },
      { id: "a3", status: "REVOKED" },
      { id: "a4", status: "SENT" },
    ]);

    // And the rules hold from now on.
    await expect(db.exec(`UPDATE "ContactPerson" SET "isPrimary" = true WHERE "id" = 'c1'`)).rejects.toThrow(/ContactPerson_one_primary_per_partner/);
    await expect(db.exec(`INSERT INTO "Agreement" ("id", "partnerId", "status", "updatedAt") VALUES ('a5', 'p2', 'DRAFT', now())`)).rejects.toThrow(/Agreement_one_open_per_partner/);
    await expect(db.exec(`INSERT INTO "PartnerFieldOfWork" VALUES ('p2', 'NOPE')`)).rejects.toThrow(/foreign key/);
    await expect(db.exec(`UPDATE "Partner" SET "publicationConsentById" = 'nobody' WHERE "id" = 'p2'`)).rejects.toThrow(/foreign key/);
  });
});
