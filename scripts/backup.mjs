// `npm run backup [FILE]`: a consistent plain-SQL dump of the app's database
// (embedded or DATABASE_URL), also while `npm start` runs. Uses pg_dump when one is
// installed whose major version is at least the server's; otherwise the app's own
// export (scripts/lib/sql-dump.mjs). Restore with `npm run restore FILE`.
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import pg from "pg";
import { openAppDatabase } from "./lib/database.mjs";
import { dumpDatabase } from "./lib/sql-dump.mjs";

const file = process.argv[2] ?? `backup-${new Date().toISOString().replace(/[:.]/g, "-")}.sql`;

function pgDumpFor(serverMajor) {
  const candidates = ["pg_dump", ...fs.readdirSync("/usr/lib/postgresql", { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => `/usr/lib/postgresql/${d.name}/bin/pg_dump`)].filter(Boolean);
  let best = null;
  for (const bin of candidates) {
    const res = spawnSync(bin, ["--version"], { encoding: "utf8" });
    const major = Number(res.stdout?.match(/(\d+)(\.\d+)?/)?.[1]);
    if (res.status === 0 && major >= serverMajor && (!best || major > best.major)) best = { bin, major };
  }
  return best;
}

const db = await openAppDatabase();
const client = new pg.Client({ connectionString: db.url });
try {
  await client.connect();
  const { rows } = await client.query("SHOW server_version_num");
  const serverMajor = Math.floor(Number(rows[0].server_version_num) / 10000);
  let pgDump = null;
  try {
    pgDump = pgDumpFor(serverMajor);
  } catch {
    pgDump = null; // no /usr/lib/postgresql
  }
  if (pgDump) {
    const res = spawnSync(pgDump.bin, ["--format=plain", "--no-owner", "--no-privileges", "--file", file, db.url], { stdio: "inherit" });
    if (res.status !== 0) throw new Error(`pg_dump exited with ${res.status}`);
    console.log(`Backup written with pg_dump ${pgDump.major} to ${file}. Restore into an empty database with psql, or: npm run restore ${file}`);
  } else {
    const out = fs.openSync(`${file}.partial`, "w");
    const stats = await dumpDatabase(async (sql) => (await client.query(sql)).rows, (chunk) => fs.writeSync(out, chunk));
    fs.fsyncSync(out);
    fs.closeSync(out);
    fs.renameSync(`${file}.partial`, file);
    console.log(`Backup written to ${file}: ${stats.rows} rows in ${stats.tables} tables (no pg_dump ≥ ${serverMajor} here, so the app's own export). Restore with: npm run restore ${file}`);
  }
} catch (err) {
  console.error(`Backup failed: ${err.message}`);
  process.exitCode = 1;
} finally {
  await client.end().catch(() => {});
  await db.stop();
}
