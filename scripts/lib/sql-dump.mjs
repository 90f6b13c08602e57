// A plain-SQL backup written by the app, for servers whose major version is newer
// than the local pg_dump (Debian's pg_dump 15 refuses the embedded PostgreSQL 17),
// and for importing a wave-1 PGlite directory.
//
// The file is self-contained: the schema is the SQL of the migrations that the
// database had applied (from prisma/migrations), then Prisma's migration table,
// then one INSERT per row (json_populate_record, so every column type round-trips),
// all read in one REPEATABLE READ snapshot. Only the `public` schema is dumped: the
// job queue's own schema (pgboss) is recreated by the app and holds no business data.
import fs from "node:fs";
import path from "node:path";

const MIGRATIONS_DIR = "prisma/migrations";
const DATA_MARKER = "-- == data ==";

const PRISMA_MIGRATIONS_DDL = `CREATE TABLE "_prisma_migrations" (
    "id" VARCHAR(36) PRIMARY KEY NOT NULL,
    "checksum" VARCHAR(64) NOT NULL,
    "finished_at" TIMESTAMPTZ,
    "migration_name" VARCHAR(255) NOT NULL,
    "logs" TEXT,
    "rolled_back_at" TIMESTAMPTZ,
    "started_at" TIMESTAMPTZ NOT NULL DEFAULT now(),
    "applied_steps_count" INTEGER NOT NULL DEFAULT 0
);`;

/**
 * Writes the dump line by line.
 * @param {(sql: string) => Promise<any[]>} query runs one statement, returns rows
 * @param {(chunk: string) => void} write
 */
export async function dumpDatabase(query, write) {
  await query("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY");
  try {
    const [{ server_version }] = await query("SHOW server_version");
    const migrations = await query(
      `SELECT migration_name, checksum FROM "_prisma_migrations" WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL ORDER BY migration_name`,
    );
    write(`-- Bündnis-CRM plain-SQL dump\n-- written ${new Date().toISOString()} from PostgreSQL ${server_version}\n`);
    write(`-- migrations: ${migrations.map((m) => m.migration_name).join(",")}\n`);
    write("SET client_encoding = 'UTF8';\n");
    for (const m of migrations) {
      const file = path.join(MIGRATIONS_DIR, m.migration_name, "migration.sql");
      if (!fs.existsSync(file)) throw new Error(`The database has migration ${m.migration_name}, which this version of the app does not know.`);
      write(`-- migration ${m.migration_name}\n${fs.readFileSync(file, "utf8")}\n`);
    }
    write(`${PRISMA_MIGRATIONS_DDL}\n${DATA_MARKER}\n`);
    const tables = await query(
      `SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename = '_prisma_migrations' DESC, tablename`,
    );
    let rows = 0;
    for (const { tablename } of tables) {
      const lines = await query(
        `SELECT format('INSERT INTO public.%I SELECT * FROM json_populate_record(NULL::public.%I, %L);', '${tablename}', '${tablename}', row_to_json(t)::text) AS line FROM public."${tablename}" t`,
      );
      for (const { line } of lines) write(`${line}\n`);
      rows += lines.length;
    }
    write("-- end of dump\n");
    return { tables: tables.length, rows, migrations: migrations.length };
  } finally {
    await query("COMMIT");
  }
}

/** Checks that every migration of a dump is one this version of the app ships unchanged. */
function checkMigrations(text) {
  const names = (text.match(/^-- migrations: (.*)$/m)?.[1] ?? "").split(",").filter(Boolean);
  for (const name of names) {
    if (!fs.existsSync(path.join(MIGRATIONS_DIR, name, "migration.sql"))) {
      throw new Error(`The dump was made by a newer version of the app (unknown migration ${name}).`);
    }
  }
  return names;
}

/** Empties the public schema again: restore only ever runs on an empty database. */
async function resetPublicSchema(client) {
  await client.query("DROP SCHEMA public CASCADE; CREATE SCHEMA public;");
}

/**
 * Restores a dump into an empty database: either all of it arrives or nothing.
 * Each migration runs on its own (an enum value added by one migration cannot be
 * used in the same transaction), then all rows in one transaction, with foreign
 * keys checked at its end. On any failure the database is emptied again.
 * @param {import("pg").Client} client a connected client with the right to create tables
 */
export async function restoreDatabase(client, text) {
  if (!text.startsWith("-- Bündnis-CRM plain-SQL dump")) throw new Error("This is not a Bündnis-CRM dump.");
  if (!text.includes("-- end of dump")) throw new Error("The dump is incomplete (no end marker).");
  checkMigrations(text);
  const { rows } = await client.query(`SELECT count(*)::int AS n FROM pg_class WHERE relnamespace = 'public'::regnamespace`);
  if (rows[0].n > 0) throw new Error("The target database is not empty. Restore needs an empty database.");
  const at = text.indexOf(DATA_MARKER);
  const schemaParts = text.slice(0, at).split(/^(?=-- migration )/m);
  const data = text.slice(at + DATA_MARKER.length).split("\n").filter((l) => l.startsWith("INSERT INTO "));
  try {
    for (const part of schemaParts) await client.query(part);
    await client.query("BEGIN");
    // Rows arrive in table order, not in reference order: check references at COMMIT.
    await client.query(`
      DO $$ DECLARE c record; BEGIN
        FOR c IN SELECT conname, conrelid::regclass AS tbl FROM pg_constraint
                 WHERE contype = 'f' AND connamespace = 'public'::regnamespace LOOP
          EXECUTE format('ALTER TABLE %s ALTER CONSTRAINT %I DEFERRABLE INITIALLY DEFERRED', c.tbl, c.conname);
        END LOOP; END $$;`);
    // Rows that migrations insert (the default fields of work) are in the dump as well:
    // start from empty tables, so the dump's rows are the only ones.
    await client.query(`
      DO $$ DECLARE tables text; BEGIN
        SELECT string_agg(format('public.%I', tablename), ', ') INTO tables FROM pg_tables WHERE schemaname = 'public';
        IF tables IS NOT NULL THEN EXECUTE 'TRUNCATE ' || tables; END IF;
      END $$;`);
    for (let i = 0; i < data.length; i += 500) await client.query(data.slice(i, i + 500).join("\n"));
    await client.query("SET CONSTRAINTS ALL IMMEDIATE");
    await client.query(`
      DO $$ DECLARE c record; BEGIN
        FOR c IN SELECT conname, conrelid::regclass AS tbl FROM pg_constraint
                 WHERE contype = 'f' AND connamespace = 'public'::regnamespace LOOP
          EXECUTE format('ALTER TABLE %s ALTER CONSTRAINT %I NOT DEFERRABLE', c.tbl, c.conname);
        END LOOP; END $$;`);
    await client.query("COMMIT");
  } catch (err) {
    await client.query("ROLLBACK").catch(() => {});
    await resetPublicSchema(client).catch(() => {});
    throw err;
  }
  return { rows: data.length };
}
