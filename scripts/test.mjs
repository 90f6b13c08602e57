// `npm test`: typecheck, lint, unit tests, integration tests against the
// database (embedded by default, or DATABASE_URL), and the e2e suite against a
// production build. Prints each runner's summary and fails on any failure.
import { bin, ensureDatabase, ensureGenerated, freePort, killChildren, migrate, runAsync } from "./lib/database.mjs";
import { buildIfNeeded } from "./lib/build.mjs";
import { authSecret } from "./lib/secret.mjs";
import { withLock } from "./lib/lock.mjs";

process.env.NEXT_TELEMETRY_DISABLED = "1";
const only = process.argv[2]; // optional: unit | integration | e2e
const results = [];

async function step(name, cmd, args, env = {}) {
  console.log(`\n━━ ${name} ━━`);
  const started = Date.now();
  const { code } = await runAsync(cmd, args, env);
  results.push({ name, ok: code === 0, seconds: ((Date.now() - started) / 1000).toFixed(1) });
  return code === 0;
}

ensureGenerated();
if (!only) {
  await step("typecheck", bin("tsc"), ["--noEmit"]);
  await step("lint", bin("eslint"), [".", "--max-warnings=0"]);
}
if (!only || only === "unit") await step("unit tests", bin("vitest"), ["run", "--project", "unit"]);

let db;
if (!only || only !== "unit") {
  // A throwaway embedded server per run (unless DATABASE_URL is set), so two runs on
  // one machine don't share a database. It is removed afterwards, also on failure or Ctrl-C.
  db = await ensureDatabase({ dataDir: `.data/pg-test-${process.pid}`, throwaway: true });
  process.on("exit", () => {
    killChildren();
    db.kill();
  });
  for (const sig of ["SIGINT", "SIGTERM", "SIGHUP"]) process.on(sig, () => process.exit(130));
  await migrate(db.url);
  const env = { DATABASE_URL: db.url, SEED_DEMO: "1" };
  await step("seed", bin("tsx"), ["prisma/seed.ts"], env);
  if (!only || only === "integration") await step("integration tests", bin("vitest"), ["run", "--project", "integration"], env);
  if (!only || only === "e2e") await withLock(".data/e2e.lock", async () => {
    await buildIfNeeded();
    const port = await freePort(process.env.E2E_PORT);
    const smtpPort = await freePort();
    const smtpHttpPort = await freePort();
    await step("e2e tests", bin("playwright"), ["test"], {
      ...env,
      E2E_PORT: String(port),
      SMTP_SINK_PORT: String(smtpPort),
      SMTP_SINK_HTTP_PORT: String(smtpHttpPort),
      NEXTAUTH_URL: `http://localhost:${port}`,
      NEXTAUTH_SECRET: authSecret(),
    });
  });
  await db.stop();
}

console.log("\n━━ summary ━━");
for (const r of results) console.log(`${r.ok ? "PASS" : "FAIL"}  ${r.name} (${r.seconds}s)`);
process.exit(results.every((r) => r.ok) ? 0 : 1);
