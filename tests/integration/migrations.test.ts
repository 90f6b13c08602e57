// Fails when prisma/schema.prisma and prisma/migrations disagree.
// `prisma migrate diff --from-migrations` needs a shadow database, which the
// driver adapter cannot provide here (see README), and `prisma db pull` cannot
// read PostgreSQL's catalog through the adapter. So the test builds both sides
// itself: the committed migrations, applied in order, and the SQL Prisma
// generates from the schema, each applied to an empty in-process PostgreSQL
// (PGlite); then it compares the two catalogs (enums, columns, constraints, indexes).
import { execFile } from "node:child_process";
import crypto from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { PGlite } from "@electric-sql/pglite";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db";
import "./setup";

const ROOT = process.cwd();
const MIGRATIONS = path.join(ROOT, "prisma/migrations");
const SCHEMA = path.join(ROOT, "prisma/schema.prisma");

/**
 * Objects the schema language cannot express (partial unique indexes), written by
 * hand into a migration. The comparison leaves them out, and checks that they exist.
 */
const SQL_ONLY = [
  '"Agreement_one_active_per_partner"',
  '"Agreement_one_open_per_partner"',
  '"ContactPerson_one_primary_per_partner"',
  '"ProfileDraft_one_pending_per_partner"',
];
const sqlOnly = (line: string) => SQL_ONLY.some((name) => line.includes(name));

const migrationDirs = () =>
  fs
    .readdirSync(MIGRATIONS)
    .filter((d) => /^\d+_/.test(d) && fs.existsSync(path.join(MIGRATIONS, d, "migration.sql")))
    .sort();

/** The SQL that creates `schemaFile` from an empty database, as Prisma generates it. */
async function sqlFromSchema(schemaFile: string): Promise<string> {
  // The CLI connects through the adapter even for a pure datamodel diff; the test database is fine for that.
  const { stdout } = await promisify(execFile)(
    path.join(ROOT, "node_modules/.bin/prisma"),
    ["migrate", "diff", "--from-empty", "--to-schema-datamodel", schemaFile, "--script"],
    { cwd: ROOT, env: { ...process.env }, maxBuffer: 16 * 1024 * 1024 },
  );
  expect(stdout).toMatch(/CREATE TABLE/);
  return stdout;
}

/** Everything about the public schema that a migration can change, as sorted lines. */
async function catalog(db: PGlite): Promise<string[]> {
  const lines = async (sql: string) => (await db.query<{ line: string }>(sql)).rows.map((r) => r.line);
  const out = [
    ...(await lines(`
      SELECT 'enum ' || t.typname || ' (' || string_agg(e.enumlabel, ', ' ORDER BY e.enumsortorder) || ')' AS line
      FROM pg_type t JOIN pg_enum e ON e.enumtypid = t.oid JOIN pg_namespace n ON n.oid = t.typnamespace
      WHERE n.nspname = 'public' GROUP BY t.typname`)),
    ...(await lines(`
      SELECT 'column ' || c.relname || '.' || a.attname || ' ' || format_type(a.atttypid, a.atttypmod)
        || CASE WHEN a.attnotnull THEN ' NOT NULL' ELSE '' END
        || COALESCE(' DEFAULT ' || pg_get_expr(d.adbin, d.adrelid), '') AS line
      FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid JOIN pg_namespace n ON n.oid = c.relnamespace
      LEFT JOIN pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum
      WHERE n.nspname = 'public' AND c.relkind = 'r' AND a.attnum > 0 AND NOT a.attisdropped`)),
    ...(await lines(`
      SELECT 'constraint ' || c.relname || '.' || k.conname || ' ' || pg_get_constraintdef(k.oid) AS line
      FROM pg_constraint k JOIN pg_class c ON c.oid = k.conrelid JOIN pg_namespace n ON n.oid = k.connamespace
      WHERE n.nspname = 'public'`)),
    ...(await lines(`SELECT 'index ' || indexdef AS line FROM pg_indexes WHERE schemaname = 'public'`)),
    ...(await lines(`
      SELECT 'table ' || c.relname AS line FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
      WHERE n.nspname = 'public' AND c.relkind IN ('r', 'v', 'm', 'S')`)),
  ];
  return out.sort();
}

/** Applies `scripts` (in order) to an empty public schema and returns its catalog. */
async function catalogAfter(db: PGlite, scripts: string[]): Promise<string[]> {
  await db.exec(`DROP SCHEMA IF EXISTS public CASCADE; CREATE SCHEMA public;`);
  for (const sql of scripts) await db.exec(sql);
  return catalog(db);
}

let db: PGlite;
let tmp: string;
const cli: { current?: Promise<string>; drifted?: Promise<string> } = {};

beforeAll(async () => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), "schema-drift-"));
  // A copy of the schema with one extra column: proves that the comparison notices drift.
  const drifted = fs.readFileSync(SCHEMA, "utf8").replace(/^model Partner \{\n/m, "model Partner {\n  driftProbe String?\n");
  expect(drifted).toContain("driftProbe String?");
  fs.writeFileSync(path.join(tmp, "schema.prisma"), drifted);
  // Each Prisma CLI call idles ~10 s: run both while PGlite starts.
  cli.current = sqlFromSchema(SCHEMA);
  cli.drifted = sqlFromSchema(path.join(tmp, "schema.prisma"));
  cli.current.catch(() => undefined);
  cli.drifted.catch(() => undefined);
  db = await PGlite.create();
}, 120_000);

afterAll(async () => {
  await db?.close();
  if (tmp) fs.rmSync(tmp, { recursive: true, force: true });
});

describe("migrations", () => {
  it("produce exactly the database that prisma/schema.prisma describes", { timeout: 120_000 }, async () => {
    const dirs = migrationDirs();
    expect(dirs.length).toBeGreaterThan(0);
    const migrated = await catalogAfter(
      db,
      dirs.map((d) => fs.readFileSync(path.join(MIGRATIONS, d, "migration.sql"), "utf8")),
    );
    for (const name of SQL_ONLY) expect(migrated.filter((l) => l.includes(name)), `${name} is missing`).toHaveLength(1);
    const fromMigrations = migrated.filter((l) => !sqlOnly(l));
    const fromSchema = await catalogAfter(db, [await cli.current!]);
    expect(fromMigrations.length).toBeGreaterThan(50);
    // On failure the diff lists what a new migration must add (+) or remove (-): `npm run migration:create -- <name>`.
    expect(fromMigrations).toEqual(fromSchema);

    // The same comparison notices a schema change that has no migration.
    const fromDrifted = await catalogAfter(db, [await cli.drifted!]);
    const added = fromDrifted.filter((l) => !fromMigrations.includes(l));
    expect(added).toEqual(['column Partner.driftProbe text']);
    expect(fromMigrations.filter((l) => !fromDrifted.includes(l))).toEqual([]);
  });

  it("are all applied, unchanged, to the test database", async () => {
    const applied = await prisma.$queryRaw<{ migration_name: string; checksum: string; finished_at: Date | null; rolled_back_at: Date | null }[]>`
      SELECT migration_name, checksum, finished_at, rolled_back_at FROM "_prisma_migrations" WHERE rolled_back_at IS NULL ORDER BY migration_name`;
    expect(applied.map((m) => m.migration_name)).toEqual(migrationDirs());
    for (const m of applied) {
      expect(m.finished_at, m.migration_name).not.toBeNull();
      const sha = crypto.createHash("sha256").update(fs.readFileSync(path.join(MIGRATIONS, m.migration_name, "migration.sql"))).digest("hex");
      expect(m.checksum, `${m.migration_name} was edited after it was applied`).toBe(sha);
    }
  });
});
