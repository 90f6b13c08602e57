import "server-only";
import { env } from "@/lib/env";
import { getBoss } from "./boss";
import { startWorkers } from "./workers";

const RETRY_MS = 10_000;

/**
 * Called once per server process (instrumentation.ts): starts pg-boss, which
 * creates or migrates its schema, and, unless JOBS_WORKER=0, the workers. If the
 * database is not reachable yet it retries in the background, so the server still
 * starts (and answers 503 from /api/health meanwhile).
 */
export async function startJobs(): Promise<void> {
  const worker = env().JOBS_WORKER;
  try {
    const boss = await getBoss({ worker });
    if (worker) await startWorkers(boss);
    console.info(JSON.stringify({ level: "info", msg: worker ? "job queue and workers started" : "job queue started (JOBS_WORKER=0: no worker)" }));
  } catch (err) {
    console.error(JSON.stringify({ level: "error", msg: "job queue failed to start; retrying", error: String(err) }));
    setTimeout(() => void startJobs(), RETRY_MS).unref();
  }
}
