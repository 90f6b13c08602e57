// The app's HTTP server: Next.js's request handler inside a Node server of our
// own, so that the process that owns the embedded database also serves the app
// (kill it and nothing is left behind), and so that a database outage answers at
// once with 503 and a clear page instead of letting requests hang.
import fs from "node:fs";
import http from "node:http";
import path from "node:path";
import pg from "pg";

const PROBE_INTERVAL_MS = 1000;
/** Set only by this server: the TCP peer's address; a copy sent by a client is replaced. Read by lib/server/client-ip.ts. */
export const PEER_HEADER = "x-crm-peer-address";
const PROBE_TIMEOUT_MS = 1500;

/** Pings the database every second; `ok` turns false after one failed ping. */
export function createDatabaseProbe(url) {
  const state = { ok: true, since: Date.now() };
  let timer;
  const set = (ok) => {
    if (state.ok !== ok) Object.assign(state, { ok, since: Date.now() });
  };
  const ping = async () => {
    const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: PROBE_TIMEOUT_MS, query_timeout: PROBE_TIMEOUT_MS });
    client.on("error", () => {});
    try {
      await client.connect();
      await client.query("SELECT 1");
      set(true);
    } catch {
      set(false);
    } finally {
      client.end().catch(() => {});
    }
  };
  const loop = async () => {
    await ping();
    timer = setTimeout(loop, PROBE_INTERVAL_MS);
  };
  return {
    state,
    start: () => loop(),
    markDown: () => set(false),
    stop: () => clearTimeout(timer),
  };
}

// Server actions take small JSON bodies (Next's own limit is 1 MB); uploads go to route
// handlers, whose largest accepted file is 20 MB (/api/verify).
const MAX_ACTION_BODY = 1024 * 1024;
const MAX_BODY = 25 * 1024 * 1024;

function sendJson(res, status, body, headers = {}) {
  res.writeHead(status, { "Content-Type": "application/json", "Cache-Control": "no-store", ...headers });
  res.end(JSON.stringify(body));
}

/** Requests Next would answer with a 500: refuse them here with a 4xx and a JSON error. */
function refuseMalformed(req, res) {
  const pathname = (req.url ?? "/").split("?")[0];
  try {
    decodeURIComponent(pathname);
  } catch {
    sendJson(res, 400, { error: "VALIDATION", message: "malformed percent-encoding in the URL" });
    return true;
  }
  if ((req.url ?? "").includes("%00")) {
    sendJson(res, 400, { error: "VALIDATION", message: "NUL in the URL" });
    return true;
  }
  const length = Number(req.headers["content-length"] ?? 0);
  const limit = req.headers["next-action"] ? MAX_ACTION_BODY : MAX_BODY;
  if (length > limit) {
    sendJson(res, 413, { error: "VALIDATION", message: `request body larger than ${limit / 1024 / 1024} MB` }, { Connection: "close" });
    req.resume();
    return true;
  }
  return false;
}

/**
 * Next answers a server-action call whose body is not valid JSON with a 500. Such
 * bodies are small (≤ 1 MB, checked above): read one, refuse it with a 400 if it
 * does not parse, else hand Next a request that replays the same bytes.
 */
async function withCheckedActionBody(req, res) {
  const type = String(req.headers["content-type"] ?? "");
  if (!req.headers["next-action"] || req.method !== "POST" || !type.startsWith("text/plain")) return req;
  const chunks = [];
  let size = 0;
  for await (const chunk of req) {
    size += chunk.length;
    if (size > MAX_ACTION_BODY) {
      sendJson(res, 413, { error: "VALIDATION", message: "request body larger than 1 MB" }, { Connection: "close" });
      return null;
    }
    chunks.push(chunk);
  }
  const body = Buffer.concat(chunks);
  try {
    if (!Array.isArray(JSON.parse(body.toString("utf8")))) throw new Error("not an argument list");
  } catch {
    sendJson(res, 400, { error: "VALIDATION", message: "malformed server action body" });
    return null;
  }
  const replay = new http.IncomingMessage(req.socket);
  Object.assign(replay, { method: req.method, url: req.url, headers: req.headers, rawHeaders: req.rawHeaders, httpVersion: req.httpVersion, complete: true });
  replay.push(body);
  replay.push(null);
  return replay;
}

// Served while the database is away; everything else needs it.
const PASS_THROUGH = [/^\/_next\/static\//, /^\/api\/health\b/, /^\/favicon/, /^\/icon/];

function unavailablePage() {
  const file = path.resolve(".next/server/app/unavailable.html");
  return fs.existsSync(file)
    ? fs.readFileSync(file)
    : Buffer.from("<!doctype html><html lang=de><title>Vorübergehend nicht erreichbar</title><h1>Vorübergehend nicht erreichbar</h1>");
}

/**
 * @param {{ port: number, dev?: boolean, databaseUrl: string, onListening?: () => void }} opts
 */
export async function startAppServer({ port, dev = false, databaseUrl }) {
  if (!dev) process.env.NODE_ENV = "production";
  const { default: next } = await import("next");
  const app = next({ dev, dir: process.cwd(), hostname: "localhost", port });
  await app.prepare();
  const handle = app.getRequestHandler();
  const probe = createDatabaseProbe(databaseUrl);
  await probe.start();
  const page = dev ? null : unavailablePage();
  const hsts = process.env.NEXTAUTH_URL?.startsWith("https:");

  const server = http.createServer(async (req, res) => {
    const url = req.url ?? "/";
    // The socket address is the last hop of X-Forwarded-For; lib/server/client-ip.ts
    // trusts only TRUST_PROXY hops to the left of it. Next fills the header only when
    // a client sent none, so this has to happen here.
    const peer = (req.socket.remoteAddress ?? "").replace(/^::ffff:/, "");
    const forwarded = req.headers["x-forwarded-for"];
    req.headers["x-forwarded-for"] = [forwarded, peer].flat().filter(Boolean).join(", ");
    req.headers[PEER_HEADER] = peer;
    if (hsts) res.setHeader("Strict-Transport-Security", "max-age=31536000; includeSubDomains");
    if (refuseMalformed(req, res)) return;
    const request = await withCheckedActionBody(req, res);
    if (!request) return;
    if (!probe.state.ok && !PASS_THROUGH.some((re) => re.test(url))) {
      const wantsJson = url.startsWith("/api/") || !/text\/html/.test(req.headers.accept ?? "");
      res.writeHead(503, {
        "Retry-After": "5",
        "Cache-Control": "no-store",
        "Content-Type": wantsJson ? "application/json" : "text/html; charset=utf-8",
      });
      res.end(wantsJson ? JSON.stringify({ error: "DATABASE_UNAVAILABLE" }) : (page ?? unavailablePage()));
      return;
    }
    // A request that was already in flight when the database went away fails inside
    // Next with a 500 once the pool's timeouts fire; that is an outage, not a bug.
    const writeHead = res.writeHead;
    res.writeHead = function (status, ...rest) {
      return writeHead.call(this, status === 500 && !probe.state.ok ? 503 : status, ...rest);
    };
    handle(request, res);
  });
  if (dev) server.on("upgrade", app.getUpgradeHandler());
  server.keepAliveTimeout = 65_000;
  await new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, resolve);
  });
  return {
    server,
    probe,
    close: async () => {
      probe.stop();
      await new Promise((r) => server.close(r));
      server.closeAllConnections?.();
      await app.close?.();
    },
  };
}
