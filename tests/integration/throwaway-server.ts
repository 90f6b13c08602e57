// A second, throwaway embedded PostgreSQL server for tests that stop, kill or freeze
// their database (the suite's own database must keep running).
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { resolveDataDir, startEmbeddedPostgres } from "@/scripts/lib/embedded-postgres.mjs";
import { freePort } from "./jobs";


export async function startThrowawayServer() {
  const base = fs.mkdtempSync(path.join(os.tmpdir(), "buendnis-test-pg-"));
  const dataDir = resolveDataDir(path.join(base, "data"), { throwaway: true });
  const server = await startEmbeddedPostgres({ dataDir, port: await freePort(), secretsDir: base, throwaway: true, onExit: () => {} });
  /** The postmaster and every backend, for SIGSTOP/SIGCONT. */
  const processes = () => {
    const pid = server.pid!;
    const children = execFileSync("pgrep", ["-P", String(pid)], { encoding: "utf8" }).trim().split("\n").filter(Boolean).map(Number);
    return [pid, ...children];
  };
  /** Starts it again after a kill, as the start script does (old backends may take a moment to go). */
  const restart = async () => {
    for (let attempt = 1; ; attempt++) {
      try {
        return await server.restart();
      } catch (err) {
        if (attempt >= 10) throw err;
        await new Promise((r) => setTimeout(r, 300 * attempt));
      }
    }
  };
  return {
    ...server,
    restart,
    processes,
    stop: async () => {
      await server.stop();
      fs.rmSync(base, { recursive: true, force: true });
    },
  };
}
