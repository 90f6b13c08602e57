// `npm run lighthouse [-- <base URL>]`: Lighthouse 12.2.3 against Debian Chromium
// for the public pages /partner and /mitglied-werden. Prints the performance and
// accessibility scores (median of RUNS runs, mobile and desktop presets) and
// writes bench/lighthouse.json. Exits 1 when the directory misses the issue's
// targets (performance ≥ 95, accessibility 100, mobile preset); the join page is reported.
//
// With a base URL it measures that running server. Without one it builds if the
// sources changed and starts `next start` on a fresh demo database (embedded, or
// DATABASE_URL), holding the e2e lock so that no other run rebuilds .next meanwhile.
import { spawn } from "node:child_process";
import fs from "node:fs";
import * as chromeLauncher from "chrome-launcher";
import lighthouse from "lighthouse";
import desktopConfig from "lighthouse/core/config/desktop-config.js";
import { bin, ensureDatabase, ensureGenerated, freePort, migrate, runAsync } from "./lib/database.mjs";
import { buildIfNeeded } from "./lib/build.mjs";
import { withLock } from "./lib/lock.mjs";

const PAGES = ["/partner", "/mitglied-werden"];
const TARGET_PAGES = ["/partner"];
const RUNS = Number(process.env.LIGHTHOUSE_RUNS ?? 3);
const TARGET = { performance: 0.95, accessibility: 1 };
const CHROME = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
process.env.NEXT_TELEMETRY_DISABLED = "1";

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const pct = (score) => Math.round(score * 100);

async function waitFor(url) {
  for (let i = 0; i < 240; i++) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {}
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error(`${url} did not answer`);
}

async function measure(base) {
  // The public pages render on their first request and are served from the cache after that.
  for (const path of PAGES) for (let i = 0; i < 3; i++) await fetch(base + path);
  const chrome = await chromeLauncher.launch({ chromePath: CHROME, chromeFlags: ["--headless", "--no-sandbox", "--disable-gpu"] });
  const results = {};
  try {
    for (const path of PAGES) {
      results[path] = {};
      for (const [preset, config] of [["mobile", undefined], ["desktop", desktopConfig]]) {
        const runs = [];
        for (let i = 0; i < RUNS; i++) {
          const { lhr } = await lighthouse(base + path, { port: chrome.port, logLevel: "error", onlyCategories: ["performance", "accessibility"] }, config);
          const a = lhr.audits;
          runs.push({
            performance: lhr.categories.performance.score,
            accessibility: lhr.categories.accessibility.score,
            fcpMs: Math.round(a["first-contentful-paint"].numericValue),
            lcpMs: Math.round(a["largest-contentful-paint"].numericValue),
            tbtMs: Math.round(a["total-blocking-time"].numericValue),
            cls: Number(a["cumulative-layout-shift"].numericValue.toFixed(3)),
            failedAccessibilityAudits: lhr.categories.accessibility.auditRefs
              .filter((r) => r.weight > 0 && a[r.id].score !== null && a[r.id].score < 1)
              .map((r) => r.id),
            lighthouseVersion: lhr.lighthouseVersion,
            userAgent: lhr.environment.hostUserAgent,
          });
        }
        results[path][preset] = {
          performance: median(runs.map((r) => r.performance)),
          accessibility: median(runs.map((r) => r.accessibility)),
          runs,
        };
        const r = results[path][preset];
        const failed = [...new Set(runs.flatMap((x) => x.failedAccessibilityAudits))];
        console.log(
          `${path.padEnd(18)} ${preset.padEnd(8)} performance ${String(pct(r.performance)).padStart(3)}  accessibility ${String(pct(r.accessibility)).padStart(3)}` +
            `  (runs: ${runs.map((x) => pct(x.performance)).join("/")}; LCP ${median(runs.map((x) => x.lcpMs))} ms, TBT ${median(runs.map((x) => x.tbtMs))} ms)` +
            (failed.length ? `  failed a11y audits: ${failed.join(", ")}` : ""),
        );
      }
    }
  } finally {
    await chrome.kill();
  }
  return results;
}

async function withOwnServer(fn) {
  ensureGenerated();
  return withLock(".data/e2e.lock", async () => {
    await buildIfNeeded();
    const embedded = !process.env.DATABASE_URL;
    const dataDir = ".data/pg-lighthouse";
    const db = await ensureDatabase({ dataDir, throwaway: true });
    let server;
    try {
      await migrate(db.url);
      const seeded = await runAsync(bin("tsx"), ["prisma/seed.ts"], { DATABASE_URL: db.url, SEED_DEMO: "1" });
      if (seeded.code !== 0) throw new Error("seeding failed");
      const port = await freePort();
      const base = `http://localhost:${port}`;
      server = spawn("node", ["scripts/serve.mjs"], {
        stdio: ["ignore", "ignore", "inherit"],
        env: { ...process.env, PORT: String(port), DATABASE_URL: db.url, NEXTAUTH_URL: base, NEXTAUTH_SECRET: "lighthouse-secret-lighthouse-secret" },
      });
      await waitFor(`${base}/api/health`);
      return await fn(base);
    } finally {
      server?.kill("SIGTERM");
      await db.stop();
      if (embedded) fs.rmSync(dataDir, { recursive: true, force: true });
    }
  });
}

const given = process.argv[2]?.replace(/\/$/, "");
const base = given ?? null;
const results = base ? await measure(base) : await withOwnServer(measure);

fs.mkdirSync("bench", { recursive: true });
fs.writeFileSync(
  "bench/lighthouse.json",
  JSON.stringify({ measuredAt: new Date().toISOString(), server: base ?? "next start (production build, demo data)", runsPerPreset: RUNS, targets: { ...TARGET, pages: TARGET_PAGES }, results }, null, 2),
);
console.log("written: bench/lighthouse.json");

const below = TARGET_PAGES.filter((p) => results[p].mobile.performance < TARGET.performance || results[p].mobile.accessibility < TARGET.accessibility);
if (below.length) {
  console.error(`below target (performance ≥ ${pct(TARGET.performance)}, accessibility ${pct(TARGET.accessibility)}): ${below.join(", ")}`);
  process.exit(1);
}
