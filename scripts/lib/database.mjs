// Starts the embedded PostgreSQL (see embedded-postgres.mjs) when no DATABASE_URL
// is set, and applies migrations. Used by start, test, bench and the helpers.
import { spawn, spawnSync } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import path from "node:path";
import { resolveDataDir, startEmbeddedPostgres } from "./embedded-postgres.mjs";
import { migratePgliteIfPresent } from "./pglite-import.mjs";

export const DEFAULT_DATA_DIR = ".data/postgres";

export async function freePort(preferred) {
  const tryPort = (port) =>
    new Promise((resolve) => {
      const srv = net.createServer();
      srv.once("error", () => resolve(null));
      srv.listen(port, "127.0.0.1", () => {
        const { port: p } = srv.address();
        srv.close(() => resolve(p));
      });
    });
  if (preferred) {
    const p = await tryPort(Number(preferred));
    if (p) return p;
  }
  return tryPort(0);
}

/**
 * Returns { url, embedded, stop, kill, restart, pid, dataDir }. With DATABASE_URL set nothing is started.
 * @param {{ dataDir?: string, port?: number|string, throwaway?: boolean, onExit?: Function }} opts
 *   throwaway: a fresh server for one run (tests), removed by stop().
 */
export async function ensureDatabase(opts = {}) {
  if (process.env.DATABASE_URL) {
    return { url: process.env.DATABASE_URL, embedded: false, stop: async () => {}, kill: () => {} };
  }
  const requested = opts.dataDir ?? process.env.EMBEDDED_PG_DATA_DIR ?? DEFAULT_DATA_DIR;
  const dataDir = resolveDataDir(requested, { throwaway: opts.throwaway });
  if (opts.throwaway) fs.rmSync(dataDir, { recursive: true, force: true });
  const port = await freePort(opts.port ?? process.env.EMBEDDED_PG_PORT);
  const db = await startEmbeddedPostgres({
    dataDir,
    port,
    secretsDir: path.resolve(".data"),
    throwaway: opts.throwaway,
    onExit: opts.onExit,
  });
  if (!opts.throwaway) await migratePgliteIfPresent(db.url);
  return { ...db, embedded: true, get pid() { return db.pid; } };
}

export function run(cmd, args, env = {}, { allowFail = false } = {}) {
  const res = spawnSync(cmd, args, { stdio: "inherit", env: { ...process.env, ...env } });
  if (res.status !== 0 && !allowFail) {
    throw new Error(`${cmd} ${args.join(" ")} exited with ${res.status}`);
  }
  return res.status ?? 1;
}

export const bin = (name) => path.resolve("node_modules/.bin", name);

const liveChildren = new Set();

/** For exit handlers (Ctrl-C): ends the children runAsync started, so none outlives the script. */
export function killChildren(signal = "SIGTERM") {
  for (const child of liveChildren) child.kill(signal);
}

/** Async child process: the embedded DB lives in this process and must keep serving. */
export function runAsync(cmd, args, env = {}, { stdio = "inherit" } = {}) {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, { stdio, env: { ...process.env, ...env } });
    liveChildren.add(child);
    child.on("exit", () => liveChildren.delete(child));
    let out = "";
    child.stdout?.on("data", (d) => (out += d));
    child.on("error", reject);
    child.on("exit", (code) => resolve({ code: code ?? 1, out }));
  });
}

export async function capture(cmd, args, env = {}) {
  const { code, out } = await runAsync(cmd, args, env, { stdio: ["ignore", "pipe", "inherit"] });
  if (code !== 0) throw new Error(`${cmd} ${args.join(" ")} exited with ${code}`);
  return out;
}

export async function migrate(url) {
  const { code } = await runAsync(bin("prisma"), ["migrate", "deploy"], { DATABASE_URL: url });
  if (code !== 0) throw new Error(`prisma migrate deploy exited with ${code}`);
}

export function ensureGenerated() {
  if (!fs.existsSync("lib/generated/prisma/client.ts")) run("node", ["scripts/generate.mjs"]);
}

/**
 * The database that `npm start` uses, for one-off scripts (backup, restore, seed:scale):
 * DATABASE_URL; or the embedded server, reusing it while `npm start` runs, else
 * starting it for the duration of the script.
 */
export async function openAppDatabase() {
  if (process.env.DATABASE_URL) return { url: process.env.DATABASE_URL, stop: async () => {} };
  const dataDir = resolveDataDir(process.env.EMBEDDED_PG_DATA_DIR ?? DEFAULT_DATA_DIR);
  const pidFile = path.join(dataDir, "postmaster.pid");
  if (fs.existsSync(pidFile)) {
    const [pid, , , port] = fs.readFileSync(pidFile, "utf8").split("\n");
    let alive = false;
    try {
      process.kill(Number(pid), 0);
      alive = true;
    } catch (err) {
      alive = err.code === "EPERM";
    }
    if (alive) {
      const password = fs.readFileSync(path.join(".data", `${path.basename(dataDir)}.password`), "utf8").trim();
      return { url: `postgresql://postgres:${encodeURIComponent(password)}@127.0.0.1:${port}/postgres?sslmode=disable`, stop: async () => {} };
    }
  }
  const db = await ensureDatabase();
  return { url: db.url, stop: () => db.stop() };
}
