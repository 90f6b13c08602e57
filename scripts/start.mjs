// `npm start`: generate, build if needed, start the embedded PostgreSQL (unless
// DATABASE_URL is set), migrate, seed, and serve on PORT (default 3000) from this
// one process. If the embedded database dies, the app answers 503 and this script
// restarts the database; after 5 failed restarts within a minute it exits non-zero,
// so that a process manager can restart everything.
import { bin, ensureDatabase, ensureGenerated, migrate, runAsync } from "./lib/database.mjs";
import { buildIfNeeded } from "./lib/build.mjs";
import { authSecret } from "./lib/secret.mjs";
import { startAppServer } from "./lib/app-server.mjs";

process.env.NEXT_TELEMETRY_DISABLED = "1";
const dev = process.argv.includes("--dev");
const port = Number(process.env.PORT ?? 3000);
const embedded = !process.env.DATABASE_URL;

ensureGenerated();
if (!dev) await buildIfNeeded();

let app;
let db;
const restarts = [];
async function onDatabaseExit() {
  app?.probe.markDown();
  const now = Date.now();
  restarts.push(now);
  while (restarts.length && restarts[0] < now - 60_000) restarts.shift();
  if (restarts.length > 5) {
    console.error("The embedded database keeps failing; exiting so that a process manager can restart the app.");
    await shutdown(1);
    return;
  }
  await new Promise((r) => setTimeout(r, 500 * restarts.length));
  try {
    await db.restart();
    console.log("Embedded database restarted.");
  } catch (err) {
    console.error(`Restarting the embedded database failed: ${err.message}`);
    await onDatabaseExit();
  }
}

try {
  db = await ensureDatabase({ onExit: () => void onDatabaseExit() });
} catch (err) {
  console.error(`\n${err.message}\n`);
  process.exit(err.code === "DATA_DIR_IN_USE" ? 3 : 1);
}
console.log(embedded ? `Embedded PostgreSQL 17 on 127.0.0.1 (data: ${db.dataDir})` : "Using DATABASE_URL.");

let stopping = false;
async function shutdown(code) {
  if (stopping) return;
  stopping = true;
  await app?.close().catch(() => {});
  await db.stop();
  process.exit(code);
}
process.on("SIGINT", () => void shutdown(0));
process.on("SIGTERM", () => void shutdown(0));
process.on("exit", () => db.kill());

try {
  await migrate(db.url);
  const baseUrl = process.env.NEXTAUTH_URL ?? `http://localhost:${port}`;
  const seedDemo = embedded || process.env.DEMO === "1";
  const seeded = await runAsync(bin("tsx"), ["prisma/seed.ts"], { DATABASE_URL: db.url, SEED_DEMO: seedDemo ? "1" : "0", NEXTAUTH_URL: baseUrl, PORT: String(port) });
  if (seeded.code !== 0) throw new Error("Seeding failed");

  Object.assign(process.env, { DATABASE_URL: db.url, NEXTAUTH_URL: baseUrl, NEXTAUTH_SECRET: authSecret() });
  app = await startAppServer({ port, dev, databaseUrl: db.url });

  console.log(`\nBündnis-CRM: ${baseUrl}`);
  if (seedDemo) {
    console.log("Demo sign-in (password Demo-2026!):");
    console.log("  coordinator + admin  koordination@buendnis.example");
    console.log("  partner (VHS Mitte)  kontakt@vhs-mitte.example\n");
  }
} catch (err) {
  console.error(err);
  await shutdown(1);
}
