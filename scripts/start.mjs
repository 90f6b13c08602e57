// `npm start`: generate, build if needed, start the embedded DB (unless
// DATABASE_URL is set), migrate, seed, and serve on PORT (default 3000).
import { spawn } from "node:child_process";
import { bin, ensureDatabase, ensureGenerated, migrate, runAsync } from "./lib/database.mjs";
import { buildIfNeeded } from "./lib/build.mjs";
import { authSecret } from "./lib/secret.mjs";

process.env.NEXT_TELEMETRY_DISABLED = "1";
const dev = process.argv.includes("--dev");
const port = Number(process.env.PORT ?? 3000);
const embedded = !process.env.DATABASE_URL;

ensureGenerated();
if (!dev) await buildIfNeeded();

const db = await ensureDatabase({ dataDir: process.env.PGLITE_DATA_DIR ?? ".data/pglite" });
console.log(embedded ? `Embedded PostgreSQL (PGlite) on ${db.url.replace(/:[^:@/]+@/, ":***@")}` : "Using DATABASE_URL.");
await migrate(db.url);

const baseUrl = process.env.NEXTAUTH_URL ?? `http://localhost:${port}`;
const seedDemo = embedded || process.env.DEMO === "1";
const seeded = await runAsync(bin("tsx"), ["prisma/seed.ts"], { DATABASE_URL: db.url, SEED_DEMO: seedDemo ? "1" : "0", NEXTAUTH_URL: baseUrl, PORT: String(port) });
if (seeded.code !== 0) throw new Error("Seeding failed");

const child = spawn(bin("next"), [dev ? "dev" : "start", "-p", String(port)], {
  stdio: "inherit",
  env: { ...process.env, ...db.poolEnv, DATABASE_URL: db.url, NEXTAUTH_URL: baseUrl, NEXTAUTH_SECRET: authSecret() },
});

console.log(`\nBündnis-CRM: ${baseUrl}`);
if (seedDemo) {
  console.log("Demo sign-in (password Demo-2026!):");
  console.log("  coordinator + admin  koordination@buendnis.example");
  console.log("  partner (VHS Mitte)  kontakt@vhs-mitte.example\n");
}

const shutdown = async (signal) => {
  child.kill(signal);
  await db.stop();
  process.exit(0);
};
process.on("SIGINT", () => shutdown("SIGINT"));
process.on("SIGTERM", () => shutdown("SIGTERM"));
child.on("exit", async (code) => {
  await db.stop();
  process.exit(code ?? 0);
});
