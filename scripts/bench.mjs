// `npm run bench`: production build on a database with 10,000 partners; measures
// /board, /partners, a partner page, /dashboard, /tasks and a stage move at 10 connections for 15 s
// each, prints p50/p95/p99 and req/s, the board's first-load JS, and writes
// bench/results.json. Embedded DB by default (.data/postgres-bench), or DATABASE_URL.
import { spawn } from "node:child_process";
import fs from "node:fs";
import zlib from "node:zlib";
import autocannon from "autocannon";
import pg from "pg";
import { bin, ensureDatabase, ensureGenerated, freePort, migrate, runAsync } from "./lib/database.mjs";
import { buildIfNeeded } from "./lib/build.mjs";
import { signInCookie } from "./lib/http-session.mjs";
import { withLock } from "./lib/lock.mjs";

const PARTNERS = Number(process.env.BENCH_PARTNERS ?? 10_000);
const DURATION = Number(process.env.BENCH_SECONDS ?? 15);
const CONNECTIONS = 10;
process.env.NEXT_TELEMETRY_DISABLED = "1";

ensureGenerated();
// Same lock as the e2e suite: nobody rebuilds .next while the benchmark serves from it.
await withLock(".data/e2e.lock", runBench);

async function runBench() {
await buildIfNeeded();
const db = await ensureDatabase({ dataDir: ".data/postgres-bench" });
await migrate(db.url);
const client = new pg.Client({ connectionString: db.url });
await client.connect();
const have = Number((await client.query(`SELECT count(*) FROM "Partner"`)).rows[0].count);
if (have < PARTNERS) {
  await runAsync(bin("tsx"), ["prisma/seed-scale.ts", "--partners", String(PARTNERS - have)], { DATABASE_URL: db.url });
}

const port = await freePort();
const base = `http://localhost:${port}`;
const server = spawn("node", ["scripts/serve.mjs"], {
  stdio: ["ignore", "ignore", "inherit"],
  env: { ...process.env, PORT: String(port), DATABASE_URL: db.url, NEXTAUTH_URL: base, NEXTAUTH_SECRET: "bench-secret-bench-secret-bench" },
});
for (let i = 0; ; i++) {
  try {
    if ((await fetch(`${base}/api/health`)).ok) break;
  } catch {}
  if (i > 120) throw new Error("server did not start");
  await new Promise((r) => setTimeout(r, 500));
}

const cookie = await signInCookie(base, "koordination@buendnis.example", "Demo-2026!");
const partnerId = (await client.query(`SELECT id FROM "Partner" WHERE NOT archived ORDER BY "stageEnteredAt" LIMIT 1`)).rows[0].id;


async function load(name, path) {
  // Warm up the route (JIT, caches) before measuring.
  for (let i = 0; i < 5; i++) await fetch(base + path, { headers: { cookie } });
  const hist = [];
  const instance = autocannon({ url: base + path, connections: CONNECTIONS, duration: DURATION, headers: { cookie } });
  instance.on("response", (_c, _s, _b, time) => hist.push(time));
  const r = await instance;
  // autocannon reports p50/p90/p97.5/p99 but not p95: take all three from the per-response times.
  hist.sort((a, b) => a - b);
  const q = (p) => Math.round(hist[Math.min(hist.length - 1, Math.floor(hist.length * p))]);
  return { name, requests: r.requests.total, errors: r.errors + r.non2xx, rps: Math.round(r.requests.average), p50: q(0.5), p95: q(0.95), p99: q(0.99) };
}

/** Stage moves: 10 workers, each moving its own partner MET ⇄ CONTACTED through the server action. */
async function benchMoves() {
  const manifest = JSON.parse(fs.readFileSync(".next/server/server-reference-manifest.json", "utf8"));
  const actionId = Object.entries(manifest.node).find(([, v]) => v.exportedName === "moveStageAction")[0];
  const rows = (await client.query(
    `SELECT p.id, p.version FROM "Partner" p WHERE p.stage = 'MET' AND NOT p.archived
       AND EXISTS (SELECT 1 FROM "Activity" a WHERE a."partnerId" = p.id AND a.kind IN ('MEETING','PLENARY')) LIMIT ${CONNECTIONS}`,
  )).rows;
  const times = [];
  let errors = 0;
  const until = Date.now() + DURATION * 1000;
  await Promise.all(
    rows.map(async (row) => {
      let { version } = row;
      let stage = "MET";
      while (Date.now() < until) {
        const to = stage === "MET" ? "CONTACTED" : "MET";
        const t0 = performance.now();
        const res = await fetch(`${base}/board`, {
          method: "POST",
          headers: { cookie, "Next-Action": actionId, "Content-Type": "text/plain;charset=UTF-8", Accept: "text/x-component" },
          body: JSON.stringify([{ id: row.id, version, to, reason: to === "CONTACTED" ? "Benchmark" : "" }]),
        });
        const text = await res.text();
        times.push(performance.now() - t0);
        if (res.ok && text.includes('"ok":true')) {
          version += 1;
          stage = to;
        } else errors += 1;
      }
    }),
  );
  times.sort((a, b) => a - b);
  const q = (p) => Math.round(times[Math.min(times.length - 1, Math.floor(times.length * p))]);
  return { name: "stage move (server action)", requests: times.length, errors, rps: Math.round(times.length / DURATION), p50: q(0.5), p95: q(0.95), p99: q(0.99) };
}

async function firstLoadJs(path) {
  const html = await (await fetch(base + path, { headers: { cookie } })).text();
  const srcs = [...new Set([...html.matchAll(/<script[^>]+src="([^"]+\.js)"/g)].map((m) => m[1]))];
  let raw = 0;
  let gz = 0;
  for (const src of srcs) {
    const buf = Buffer.from(await (await fetch(new URL(src, base))).arrayBuffer());
    raw += buf.length;
    gz += zlib.gzipSync(buf, { level: 9 }).length;
  }
  return { scripts: srcs.length, rawKB: +(raw / 1024).toFixed(1), gzipKB: +(gz / 1024).toFixed(1) };
}

const results = [];
try {
  results.push(await load("GET /board", "/board"));
  results.push(await load("GET /partners", "/partners"));
  results.push(await load("GET /partners/[id]", `/partners/${partnerId}`));
  results.push(await load("GET /dashboard", "/dashboard"));
  results.push(await load("GET /tasks", "/tasks?who=all"));
  results.push(await benchMoves());
  const js = await firstLoadJs("/board");
  const out = {
    date: new Date().toISOString(),
    database: process.env.DATABASE_URL ? "postgresql (DATABASE_URL)" : "embedded PostgreSQL 17",
    partners: Number((await client.query(`SELECT count(*) FROM "Partner"`)).rows[0].count),
    connections: CONNECTIONS,
    durationSeconds: DURATION,
    results,
    boardFirstLoadJs: js,
  };
  console.log(`\nDatabase: ${out.database}, ${out.partners} partners, ${CONNECTIONS} connections, ${DURATION} s each`);
  console.table(results);
  console.log(`Board first-load JS: ${js.gzipKB} kB gzip (${js.rawKB} kB raw, ${js.scripts} scripts)`);
  fs.mkdirSync("bench", { recursive: true });
  fs.writeFileSync("bench/results.json", JSON.stringify(out, null, 2));
  console.log("Wrote bench/results.json");
} finally {
  server.kill("SIGTERM");
  await client.end();
  await db.stop();
}
}
