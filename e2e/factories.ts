// Test data written straight into the database of the app under test (DATABASE_URL
// is set for the Playwright process by scripts/test.mjs), so specs don't depend on
// demo data. Column names follow prisma/schema.prisma.
import crypto from "node:crypto";
import { Client } from "pg";
import { germanSortKey } from "../lib/domain/sort-name";

type TStage = "CONTACTED" | "MET" | "AGREEMENT_SIGNED" | "PUBLISHED";
type TCircle = "CORE" | "EXTENDED";

/** One short-lived connection to the database under test. */
export async function withDb<T>(fn: (db: Client) => Promise<T>): Promise<T> {
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error("DATABASE_URL is not set: run the e2e tests with `npm run test:e2e`");
  const db = new Client({ connectionString: url });
  await db.connect();
  try {
    return await fn(db);
  } finally {
    await db.end();
  }
}

export type TCreatedPartner = { id: string; name: string };

/**
 * A partner in `stage` (entered `daysInStage` days ago), with its "created" stage
 * change and, with `withMeeting`, a MEETING activity (what the MET rule needs).
 */
export async function createPartner(opts: {
  name: string;
  stage?: TStage;
  circle?: TCircle;
  withMeeting?: boolean;
  fieldsOfWork?: string[];
  daysInStage?: number;
}): Promise<TCreatedPartner> {
  const { name, stage = "CONTACTED", circle = "EXTENDED", withMeeting = false, fieldsOfWork = ["COURSES"], daysInStage = 0 } = opts;
  const id = crypto.randomUUID();
  const now = new Date();
  const entered = new Date(now.getTime() - daysInStage * 86_400_000);
  await withDb(async (db) => {
    await db.query("BEGIN");
    try {
      await db.query(
        // Owned by the coordinator the specs sign in as: "Meine Partner" is their default filter.
        `INSERT INTO "Partner" ("id", "kind", "name", "sortName", "description", "circle", "stage", "stageEnteredAt",
                                "archived", "version", "createdAt", "updatedAt", "ownerId")
         VALUES ($1, 'ORGANISATION', $2, $3, $4, $5::"Circle", $6::"Stage", $7, false, 1, $8, $8,
                 (SELECT "id" FROM "User" WHERE "email" = 'koordination@buendnis.example'))`,
        [id, name, germanSortKey(name), [], circle, stage, entered, now],
      );
      await db.query(`INSERT INTO "PartnerFieldOfWork" ("partnerId", "fieldOfWorkId") SELECT $1, unnest($2::text[])`, [id, fieldsOfWork]);
      await db.query(
        `INSERT INTO "StageChange" ("id", "partnerId", "fromStage", "toStage", "at") VALUES ($1, $2, NULL, $3::"Stage", $4)`,
        [crypto.randomUUID(), id, stage, entered],
      );
      if (withMeeting) await insertMeeting(db, id, now);
      await db.query("COMMIT");
    } catch (err) {
      await db.query("ROLLBACK");
      throw err;
    }
  });
  return { id, name };
}

async function insertMeeting(db: Client, partnerId: string, at: Date) {
  await db.query(
    `INSERT INTO "Activity" ("id", "partnerId", "kind", "occurredAt", "summary", "createdAt") VALUES ($1, $2, 'MEETING', $3, $4, $3)`,
    [crypto.randomUUID(), partnerId, at, "Kennenlerntreffen (Testdaten)"],
  );
}

export const addMeeting = (partnerId: string) => withDb((db) => insertMeeting(db, partnerId, new Date()));

/**
 * What "someone else saved the partner" looks like to an open board: a new version.
 * With `followUpNote`, the change is also visible on the card (next follow-up).
 */
export async function touchPartner(id: string, opts: { followUpNote?: string } = {}) {
  await withDb((db) =>
    opts.followUpNote
      ? db.query(
          `WITH bump AS (UPDATE "Partner" SET "version" = "version" + 1, "updatedAt" = now() WHERE "id" = $1 RETURNING "id")
           INSERT INTO "Task" ("id", "partnerId", "title", "dueDate", "assigneeId", "updatedAt")
           SELECT 'e2e' || md5(random()::text), bump."id", $2, (now() + interval '7 days')::date,
                  (SELECT "id" FROM "User" WHERE 'COORDINATOR' = ANY("roles") ORDER BY "createdAt" LIMIT 1), now()
           FROM bump`,
          [id, opts.followUpNote],
        )
      : db.query(`UPDATE "Partner" SET "version" = "version" + 1, "updatedAt" = now() WHERE "id" = $1`, [id]),
  );
}

export async function getPartnerRow(id: string): Promise<{ stage: TStage; version: number }> {
  return withDb(async (db) => (await db.query(`SELECT "stage", "version" FROM "Partner" WHERE "id" = $1`, [id])).rows[0]);
}
