// `npm run backup` / `npm run restore` with the app's own export (the embedded
// PostgreSQL 17 is newer than Debian's pg_dump 15), and the import of a wave-1
// PGlite directory, which uses the same export.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, describe, expect, it } from "vitest";
import { migratePgliteIfPresent } from "@/scripts/lib/pglite-import.mjs";
import { dumpDatabase, restoreDatabase } from "@/scripts/lib/sql-dump.mjs";

const source = process.env.DATABASE_URL!;
const dbName = `restore_${process.pid}_${Date.now()}`;
const targetUrl = () => {
  const u = new URL(source);
  u.pathname = `/${dbName}`;
  return u.toString();
};
const admin = new pg.Client({ connectionString: source });
const cleanups: (() => Promise<unknown>)[] = [];
afterAll(async () => {
  for (const fn of cleanups.reverse()) await fn().catch(() => undefined);
});

/** Row count and a checksum of every row of every table, keyed by table. */
async function fingerprint(client: pg.Client) {
  const { rows: tables } = await client.query(`SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY 1`);
  const out: Record<string, string> = {};
  for (const { tablename } of tables) {
    const { rows } = await client.query(
      `SELECT count(*)::int AS n, md5(coalesce(string_agg(row_to_json(t)::text, '|' ORDER BY row_to_json(t)::text), '')) AS sum FROM public."${tablename}" t`,
    );
    out[tablename] = `${rows[0].n}:${rows[0].sum}`;
  }
  return out;
}

async function dump(client: pg.Client) {
  let text = "";
  const stats = await dumpDatabase(async (sql) => (await client.query(sql)).rows, (c) => (text += c));
  return { text, stats };
}

describe("backup and restore", () => {
  it("round-trips the demo data into an empty database, every row of every table", async () => {
    await admin.connect();
    cleanups.push(() => admin.end());
    const { text, stats } = await dump(admin);
    expect(stats.rows).toBeGreaterThan(100); // the seeded demo data
    expect(text).toContain("Lesewerkstatt Moabit"); // UTF-8 names survive
    const before = await fingerprint(admin);

    await admin.query(`CREATE DATABASE "${dbName}"`);
    cleanups.push(() => admin.query(`DROP DATABASE IF EXISTS "${dbName}" WITH (FORCE)`));
    const target = new pg.Client({ connectionString: targetUrl() });
    await target.connect();
    cleanups.push(() => target.end());
    const restored = await restoreDatabase(target, text);
    expect(restored.rows).toBe(stats.rows);
    expect(await fingerprint(target)).toEqual(before);
    // The schema is complete, constraints included: a duplicate primary key is refused.
    await expect(target.query(`INSERT INTO "User" SELECT * FROM "User" LIMIT 1`)).rejects.toThrow(/duplicate key/);

    // A second restore into the now non-empty database is refused and changes nothing.
    await expect(restoreDatabase(target, text)).rejects.toThrow(/not empty/);
    expect(await fingerprint(target)).toEqual(before);
  });

  it("refuses a truncated dump and leaves the empty database empty", async () => {
    const { text } = await dump(admin);
    const name = `${dbName}_cut`;
    await admin.query(`CREATE DATABASE "${name}"`);
    cleanups.push(() => admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`));
    const u = new URL(source);
    u.pathname = `/${name}`;
    const target = new pg.Client({ connectionString: u.toString() });
    await target.connect();
    cleanups.push(() => target.end());
    await expect(restoreDatabase(target, text.slice(0, Math.floor(text.length / 2)))).rejects.toThrow(/incomplete/);
    // A row that breaks a foreign key rolls the whole restore back.
    const broken = text.replace("-- end of dump", `INSERT INTO public."Activity" SELECT * FROM json_populate_record(NULL::public."Activity", '{"id":"x","partnerId":"missing","kind":"NOTE","occurredAt":"2026-01-01T00:00:00","summary":"x","createdAt":"2026-01-01T00:00:00"}');\n-- end of dump`);
    await expect(restoreDatabase(target, broken)).rejects.toThrow(/foreign key/);
    const { rows } = await target.query(`SELECT count(*)::int AS n FROM pg_tables WHERE schemaname = 'public'`);
    expect(rows[0].n).toBe(0);
  });
});

describe("importing a wave-1 PGlite directory", () => {
  it("copies every row into the new server and keeps the old directory as a backup", async () => {
    const { PGlite } = await import("@electric-sql/pglite");
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "pglite-legacy-"));
    cleanups.push(async () => fs.rmSync(dir, { recursive: true, force: true }));
    const legacy = path.join(dir, "pglite");
    // A PGlite database with the app's schema (as wave 1 left it) and a few rows.
    const { text: schemaOnly } = await dump(admin);
    const lite = await PGlite.create(legacy);
    await lite.exec(schemaOnly.slice(0, schemaOnly.indexOf("-- == data ==")));
    const migrations = (await admin.query(`SELECT * FROM "_prisma_migrations"`)).rows;
    for (const m of migrations) {
      await lite.query(`INSERT INTO "_prisma_migrations" SELECT * FROM json_populate_record(NULL::"_prisma_migrations", $1)`, [JSON.stringify(m)]);
    }
    await lite.query(
      `INSERT INTO "User" (id, email, name, roles, "updatedAt") VALUES ('legacy-user', 'ayse@legacy.example', 'Ayşe Yıldız', '{COORDINATOR}', now())`,
    );
    await lite.query(
      `INSERT INTO "Partner" (id, name, "sortName", description, "updatedAt") VALUES ('legacy-partner', 'Ромашка e. V.', 'ромашка e v', '{}', now())`,
    );
    // Rows the migrations themselves insert (the default fields of work) are data of the old database too.
    const seeded = ((await lite.query<{ n: number }>(`SELECT count(*)::int AS n FROM "FieldOfWork"`)).rows[0]).n;
    await lite.close();

    const name = `${dbName}_lite`;
    await admin.query(`CREATE DATABASE "${name}"`);
    cleanups.push(() => admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`));
    const u = new URL(source);
    u.pathname = `/${name}`;
    const result = await migratePgliteIfPresent(u.toString(), legacy);
    expect(result?.rows).toBe(migrations.length + 2 + seeded);
    expect(fs.existsSync(legacy)).toBe(false);
    expect(fs.existsSync(result!.kept)).toBe(true);

    const target = new pg.Client({ connectionString: u.toString() });
    await target.connect();
    cleanups.push(() => target.end());
    expect((await target.query(`SELECT name FROM "User" WHERE id = 'legacy-user'`)).rows).toEqual([{ name: "Ayşe Yıldız" }]);
    expect((await target.query(`SELECT name FROM "Partner" WHERE id = 'legacy-partner'`)).rows).toEqual([{ name: "Ромашка e. V." }]);
    expect((await target.query(`SELECT count(*)::int AS n FROM "_prisma_migrations"`)).rows[0].n).toBe(migrations.length);
  });
});
