// Creates a migration from the difference between the committed schema
// (git HEAD) and the working-tree prisma/schema.prisma. `prisma migrate dev`
// cannot run here (see README), so this is the supported way.
// Usage: npm run migration:create -- <name>
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { capture, ensureDatabase } from "./lib/database.mjs";

const name = (process.argv[2] ?? "").replace(/[^a-z0-9_]/gi, "_").toLowerCase();
if (!name) {
  console.error("Usage: npm run migration:create -- <name>");
  process.exit(1);
}
const migrationsDir = "prisma/migrations";
const hasMigrations =
  fs.existsSync(migrationsDir) && fs.readdirSync(migrationsDir).some((d) => /^\d+_/.test(d));

let from = ["--from-empty"];
if (hasMigrations) {
  const base = process.env.MIGRATION_BASE ?? "HEAD";
  const previous = execFileSync("git", ["show", `${base}:prisma/schema.prisma`], { encoding: "utf8" });
  const tmp = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "schema-")), "schema.prisma");
  fs.writeFileSync(tmp, previous);
  from = ["--from-schema-datamodel", tmp];
}
// The CLI with a driver adapter connects even for a pure datamodel diff,
// so give it a throwaway embedded database.
const scratch = await ensureDatabase({ dataDir: path.join(os.tmpdir(), `pg-migration-${process.pid}`), throwaway: true });
const sql = await capture(
  "node_modules/.bin/prisma",
  ["migrate", "diff", ...from, "--to-schema-datamodel", "prisma/schema.prisma", "--script"],
  { DATABASE_URL: scratch.url },
);
await scratch.stop();
if (!/\b(CREATE|ALTER|DROP)\b/.test(sql)) {
  console.log("No schema changes: nothing to migrate.");
  process.exit(0);
}
const stamp = new Date().toISOString().replace(/\D/g, "").slice(0, 14);
const dir = path.join(migrationsDir, `${stamp}_${name}`);
fs.mkdirSync(dir, { recursive: true });
fs.writeFileSync(path.join(dir, "migration.sql"), sql);
const lock = path.join(migrationsDir, "migration_lock.toml");
if (!fs.existsSync(lock)) fs.writeFileSync(lock, 'provider = "postgresql"\n');
console.log(`Created ${dir}/migration.sql`);
