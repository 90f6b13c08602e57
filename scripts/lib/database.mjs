// Starts the embedded PostgreSQL (PGlite over the Postgres wire protocol) when no
// DATABASE_URL is set, and applies migrations. Used by start, test and bench.
import { spawn, spawnSync } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import path from "node:path";

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
 * Returns { url, embedded, stop }. With DATABASE_URL set nothing is started.
 * @param {{ dataDir?: string, port?: number|string, fresh?: boolean }} opts
 */
export async function ensureDatabase(opts = {}) {
  if (process.env.DATABASE_URL) {
    return { url: process.env.DATABASE_URL, embedded: false, poolEnv: {}, stop: async () => {} };
  }
  const { PGlite } = await import("@electric-sql/pglite");
  const { PGLiteSocketServer } = await import("@electric-sql/pglite-socket");
  const dataDir = path.resolve(opts.dataDir ?? ".data/pglite");
  if (opts.fresh) fs.rmSync(dataDir, { recursive: true, force: true });
  fs.mkdirSync(path.dirname(dataDir), { recursive: true });
  const db = await PGlite.create(dataDir);
  const port = await freePort(opts.port ?? process.env.PGLITE_PORT);
  const server = new PGLiteSocketServer({ db, port, host: "127.0.0.1", maxConnections: 64 });
  await server.start();
  const url = `postgresql://postgres:postgres@127.0.0.1:${port}/postgres?sslmode=disable`;
  let stopped = false;
  return {
    url,
    embedded: true,
    // PGlite runs one query at a time and mixes up the extended-protocol messages of
    // concurrent connections under load; one connection per process keeps them in order.
    poolEnv: { DATABASE_POOL_MAX: "1" },
    stop: async () => {
      if (stopped) return;
      stopped = true;
      await server.stop();
      await db.close();
    },
  };
}

export function run(cmd, args, env = {}, { allowFail = false } = {}) {
  const res = spawnSync(cmd, args, { stdio: "inherit", env: { ...process.env, ...env } });
  if (res.status !== 0 && !allowFail) {
    throw new Error(`${cmd} ${args.join(" ")} exited with ${res.status}`);
  }
  return res.status ?? 1;
}

export const bin = (name) => path.resolve("node_modules/.bin", name);

/** Async child process: the embedded DB lives in this process and must keep serving. */
export function runAsync(cmd, args, env = {}, { stdio = "inherit" } = {}) {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, { stdio, env: { ...process.env, ...env } });
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
