// `npm run restore FILE`: restores a backup into an EMPTY database: DATABASE_URL, or
// the embedded one (point EMBEDDED_PG_DATA_DIR at a new directory, or move
// .data/postgres away first; stop `npm start` before). Everything or nothing arrives.
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import pg from "pg";
import { openAppDatabase } from "./lib/database.mjs";
import { restoreDatabase } from "./lib/sql-dump.mjs";

const file = process.argv[2];
if (!file || !fs.existsSync(file)) {
  console.error("Usage: npm run restore FILE   (a file written by npm run backup)");
  process.exit(1);
}
const text = fs.readFileSync(file, "utf8");
const db = await openAppDatabase();
try {
  if (text.startsWith("-- Bündnis-CRM plain-SQL dump")) {
    const client = new pg.Client({ connectionString: db.url });
    await client.connect();
    try {
      const { rows } = await restoreDatabase(client, text);
      console.log(`Restored ${rows} rows from ${file}.`);
    } finally {
      await client.end();
    }
  } else {
    // A pg_dump file: psql runs it, stopping at the first error, in one transaction.
    const res = spawnSync("psql", ["--no-psqlrc", "-v", "ON_ERROR_STOP=1", "--single-transaction", "-q", "-f", file, db.url], { stdio: "inherit" });
    if (res.status !== 0) throw new Error(res.error ? "psql is needed to restore a pg_dump file" : `psql exited with ${res.status}`);
    console.log(`Restored ${file} with psql.`);
  }
} catch (err) {
  console.error(`Restore failed, nothing was changed: ${err.message}`);
  process.exitCode = 1;
} finally {
  await db.stop();
}
