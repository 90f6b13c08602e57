// `npm run test:faults`: the embedded default under faults, from outside, against a
// production build started exactly as `npm start` starts it (scripts/start.mjs, on a
// throwaway data directory).
//  1. 8 writers create partners through the real server action (each submit with an
//     idempotency key, retried with the same key until acknowledged) while the
//     database is killed (kill -9 of the postmaster) and restarted by the start
//     script. Every acknowledged write must be in the database, with no duplicate
//     and no half-write (a partner without its stage history or audit entry).
//  2. During the outage the app answers 503 quickly, never hangs.
//  3. A second start on the same data directory is refused.
//  4. kill -9 of the start process leaves nothing serving; the next start takes over
//     the orphaned database server.
// Prints its figures and exits non-zero on any failure.
import { spawn } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import pg from "pg";
import { buildIfNeeded } from "./lib/build.mjs";
import { freePort } from "./lib/database.mjs";
import { resolveDataDir } from "./lib/embedded-postgres.mjs";
import { signInCookie } from "./lib/http-session.mjs";

process.env.NEXT_TELEMETRY_DISABLED = "1";
delete process.env.DATABASE_URL; // always the embedded default
const WRITERS = 8;
const LOAD_SECONDS = Number(process.env.FAULTS_SECONDS ?? 6);
const dataName = `faults-${process.pid}`;
const requestedDir = `.data/${dataName}`;
const dataDir = resolveDataDir(requestedDir);
// As root in a private directory the data moves elsewhere (and is named after it): the
// start script keeps the password and lock under the data directory's own name.
const secretName = path.basename(dataDir);
const failures = [];
const check = (ok, what) => {
  console.log(`${ok ? "PASS" : "FAIL"}  ${what}`);
  if (!ok) failures.push(what);
};
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const alive = (pid) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return err.code === "EPERM";
  }
};

function startApp(port, { expectFail = false } = {}) {
  const child = spawn("node", ["scripts/start.mjs"], {
    env: { ...process.env, PORT: String(port), EMBEDDED_PG_DATA_DIR: requestedDir, NEXTAUTH_URL: `http://localhost:${port}` },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let out = "";
  child.stdout.on("data", (d) => (out += d));
  child.stderr.on("data", (d) => (out += d));
  const ready = (async () => {
    const until = Date.now() + 180_000;
    while (Date.now() < until) {
      if (child.exitCode !== null) {
        if (expectFail) return;
        throw new Error(`start.mjs exited (${child.exitCode}):\n${out.slice(-3000)}`);
      }
      if (!expectFail) {
        const res = await fetch(`http://localhost:${port}/api/health`).catch(() => null);
        if (res?.ok) return;
      }
      await sleep(250);
    }
    throw new Error(`start.mjs did not become ready:\n${out.slice(-3000)}`);
  })();
  return { child, ready, output: () => out };
}

function postmasterPid() {
  return Number(fs.readFileSync(path.join(dataDir, "postmaster.pid"), "utf8").split("\n")[0]);
}

function dbUrl() {
  const port = fs.readFileSync(path.join(dataDir, "postmaster.pid"), "utf8").split("\n")[3];
  const password = fs.readFileSync(`.data/${secretName}.password`, "utf8").trim();
  return `postgresql://postgres:${encodeURIComponent(password)}@127.0.0.1:${port}/postgres?sslmode=disable`;
}

const manifest = () => JSON.parse(fs.readFileSync(".next/server/server-reference-manifest.json", "utf8"));
const actionId = (name) => Object.entries(manifest().node).find(([, v]) => v.exportedName === name)[0];

async function writeLoad(base, cookie, stopAt, outage) {
  const createId = actionId("createPartnerAction");
  const acknowledged = [];
  const stats = { attempts: 0, failed: 0, slowest: 0 };
  await Promise.all(
    Array.from({ length: WRITERS }, async (_, w) => {
      for (let n = 0; Date.now() < stopAt(); n++) {
        const name = `Fault-${w}-${n} Łódź`;
        const requestId = crypto.randomUUID();
        // Retry the same submit (same key) until the app acknowledges it.
        for (;;) {
          stats.attempts++;
          const t0 = Date.now();
          const res = await fetch(`${base}/partners/new`, {
            method: "POST",
            headers: { cookie, "Next-Action": createId, "Content-Type": "text/plain;charset=UTF-8", Accept: "text/x-component", Origin: base },
            body: JSON.stringify([{ kind: "ORGANISATION", name, fieldsOfWork: [], circle: "EXTENDED", street: "", postalCode: "", city: "", website: "", email: "", phone: "", notes: "", requestId }]),
            signal: AbortSignal.timeout(30_000),
          }).catch((err) => ({ ok: false, status: 0, text: async () => String(err) }));
          const text = await res.text();
          const ms = Date.now() - t0;
          stats.slowest = Math.max(stats.slowest, ms);
          const id = text.match(/"ok":true,"data":\{"id":"([^"]+)"/)?.[1];
          if (res.ok && id) {
            acknowledged.push({ id, name });
            if (outage.at && !outage.firstWriteAfterRestart && outage.restartedAt) outage.firstWriteAfterRestart = Date.now();
            break;
          }
          stats.failed++;
          const code = text.match(/"code":"([A-Z_]+)"/)?.[1];
          if (outage.at && !outage.restartedAt) outage.during.push({ status: code ? `${res.status} ${code}` : res.status, ms, body: text.slice(0, 300) });
          await sleep(100);
        }
      }
    }),
  );
  return { acknowledged, stats };
}

let app;
try {
  await buildIfNeeded();
  const port = await freePort();
  const base = `http://localhost:${port}`;
  app = startApp(port);
  await app.ready;
  const cookie = await signInCookie(base, "koordination@buendnis.example", "Demo-2026!");

  // 1 + 2: write load, kill -9 of the database, restart by the start script.
  const outage = { at: 0, restartedAt: 0, firstWriteAfterRestart: 0, during: [] };
  const started = Date.now();
  const stopAt = () => started + LOAD_SECONDS * 2000;
  const load = writeLoad(base, cookie, stopAt, outage);
  await sleep(LOAD_SECONDS * 1000 * 0.5);
  const killed = postmasterPid();
  process.kill(killed, "SIGKILL");
  outage.at = Date.now();
  // Wait for the start script to bring up a new postmaster.
  while (Date.now() - outage.at < 60_000) {
    try {
      const pid = postmasterPid();
      if (pid !== killed && alive(pid) && (await fetch(`${base}/api/health`)).ok) break;
    } catch {}
    await sleep(50);
  }
  outage.restartedAt = Date.now();
  const { acknowledged, stats } = await load;

  const client = new pg.Client({ connectionString: dbUrl() });
  await client.connect();
  const { rows } = await client.query(
    `SELECT p.id, p.name,
            (SELECT count(*)::int FROM "StageChange" s WHERE s."partnerId" = p.id) AS moves,
            (SELECT count(*)::int FROM "AuditEvent" a WHERE a."entityId" = p.id AND a.action = 'partner.created') AS audits
       FROM "Partner" p WHERE p.name LIKE 'Fault-%'`,
  );
  await client.end();
  const byId = new Map(rows.map((r) => [r.id, r]));
  const lost = acknowledged.filter((a) => byId.get(a.id)?.name !== a.name);
  const names = rows.map((r) => r.name);
  const duplicates = names.length - new Set(names).size;
  const halfWrites = rows.filter((r) => r.moves !== 1 || r.audits !== 1);
  const slowOutage = outage.during.filter((d) => d.ms > 5000);
  console.log(
    `\nfigures: ${acknowledged.length} writes acknowledged by ${WRITERS} writers (${stats.attempts} attempts, ${stats.failed} refused during the outage); ` +
      `lost ${lost.length}, duplicates ${duplicates}, half-writes ${halfWrites.length}; database back after ${((outage.restartedAt - outage.at) / 1000).toFixed(1)} s, ` +
      `first acknowledged write ${outage.firstWriteAfterRestart ? ((outage.firstWriteAfterRestart - outage.restartedAt) / 1000).toFixed(2) : "n/a"} s after that; ` +
      `answers during the outage: ${outage.during.length} (status ${[...new Set(outage.during.map((d) => d.status))].join("/")}), slowest ${Math.max(0, ...outage.during.map((d) => d.ms))} ms\n`,
  );
  check(acknowledged.length > 50, `write load ran (${acknowledged.length} acknowledged writes)`);
  check(lost.length === 0, `no acknowledged write lost (${lost.length})`);
  check(duplicates === 0, `no duplicate (${duplicates})`);
  check(halfWrites.length === 0, `no half-write (${halfWrites.length})`);
  check(
    outage.during.length > 0 && outage.during.every((d) => d.status === 503 || d.status === "200 UNAVAILABLE"),
    "while the database was down the app answered 503 (or, for requests already inside an action, its UNAVAILABLE result)",
  );
  for (const d of outage.during.filter((d) => d.status !== 503 && d.status !== "200 UNAVAILABLE").slice(0, 3)) console.log(`unexpected answer during the outage: ${d.status} ${d.body}`);
  const unexpected = outage.during.filter((d) => d.status !== 503 && d.status !== "200 UNAVAILABLE");
  if (unexpected.length) for (const line of app.output().split("\n").filter((l) => l.includes('"level":"error"')).slice(0, 3)) console.log(`app error: ${line.slice(0, 600)}`);
  check(slowOutage.length === 0, `no request hung during the outage (slowest ${Math.max(0, ...outage.during.map((d) => d.ms))} ms)`);
  check(Boolean(outage.firstWriteAfterRestart), "writes succeed again after the restart");

  // 3: a second start on the same data directory is refused.
  const second = startApp(await freePort(), { expectFail: true });
  await second.ready;
  check(second.child.exitCode === 3 && /already in use/.test(second.output()), "a second start on the same data directory is refused");

  // 4: kill -9 of the start process: nothing keeps serving; the next start takes over.
  const orphanPg = postmasterPid();
  app.child.kill("SIGKILL");
  await sleep(500);
  const stillServing = await fetch(`${base}/api/health`).then(() => true, () => false);
  check(!stillServing, "after kill -9 of the start process, nothing answers on its port (no orphaned app server)");
  app = startApp(port);
  await app.ready;
  check(!alive(orphanPg) && postmasterPid() !== orphanPg, "the next start stopped the orphaned database server and took over");
  const after = await fetch(`${base}/api/health`).then((r) => r.json());
  check(after.database === "ok", "the app works after the takeover");
} catch (err) {
  console.error(err);
  failures.push(String(err.message ?? err));
} finally {
  if (app?.child.exitCode === null) {
    app.child.kill("SIGTERM");
    await new Promise((r) => app.child.once("exit", r));
  }
  fs.rmSync(dataDir, { recursive: true, force: true });
  fs.rmSync(`.data/${secretName}.password`, { force: true });
  fs.rmSync(`.data/${secretName}.lock`, { force: true });
}
console.log(failures.length ? `\nfault tests: ${failures.length} FAILED` : "\nfault tests: all passed");
process.exit(failures.length ? 1 : 0);
