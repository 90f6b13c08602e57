// Wave 1 kept the embedded database in PGlite (.data/pglite). On the first start
// with the embedded PostgreSQL server, its rows are copied over (read with PGlite
// in-process, no pg_dump needed) and the old directory is kept, renamed, as a backup.
import fs from "node:fs";
import path from "node:path";
import pg from "pg";
import { dumpDatabase, restoreDatabase } from "./sql-dump.mjs";

export const LEGACY_PGLITE_DIR = ".data/pglite";

export async function migratePgliteIfPresent(url, legacyDir = LEGACY_PGLITE_DIR) {
  if (!fs.existsSync(path.join(legacyDir, "PG_VERSION"))) return null;
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query(`SELECT count(*)::int AS n FROM pg_tables WHERE schemaname = 'public'`);
    if (rows[0].n > 0) {
      console.warn(`Note: ${legacyDir} (the old PGlite database) is still there, but the embedded PostgreSQL already has data; it was not imported again.`);
      return null;
    }
    console.log(`Importing the data of the old embedded database (${legacyDir}) into PostgreSQL …`);
    const { PGlite } = await import("@electric-sql/pglite");
    const lite = await PGlite.create(legacyDir);
    let text = "";
    try {
      await dumpDatabase(async (sql) => (await lite.query(sql)).rows, (chunk) => (text += chunk));
    } finally {
      await lite.close();
    }
    const result = await restoreDatabase(client, text);
    const kept = `${legacyDir}-imported-${new Date().toISOString().replace(/[:.]/g, "-")}`;
    fs.renameSync(legacyDir, kept);
    console.log(`Imported ${result.rows} rows. The old directory is kept as ${kept}; delete it once you have checked the data.`);
    return { ...result, kept };
  } finally {
    await client.end();
  }
}
