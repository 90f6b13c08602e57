// Job-queue helpers for the integration tests: drain a queue in this process (no
// sleeping: it runs every job that is due, then returns), a real SMTP sink, and
// worker child processes.
import { spawn, type ChildProcess } from "node:child_process";
import net from "node:net";
import path from "node:path";
import type PgBoss from "pg-boss";
import { getBoss } from "@/lib/server/jobs/boss";
import { CLEANUP_QUEUE, DIGEST_QUEUE, MAIL_QUEUE, TASK_CHECK_QUEUE } from "@/lib/server/jobs/queues";
import { handleCleanupJob, handleDigestJob, handleMailJob, handleTaskCheckJob } from "@/lib/server/jobs/workers";
import type { TMailJob } from "@/lib/server/mail/enqueue-mail";

const ROOT = process.cwd();

/**
 * Runs every due job of the mail and clean-up queues with the app's handlers until
 * none is left, completing or failing each through pg-boss like the worker does.
 * Without `smtpUrl` mails become STORED (the test environment has no SMTP_URL).
 */
export async function drainQueues({ smtpUrl = "" }: { smtpUrl?: string } = {}) {
  const boss = await getBoss();
  let ran = 0;
  const run = async <T extends object>(queue: string, handler: (job: PgBoss.JobWithMetadata<T>) => Promise<unknown>) => {
    for (;;) {
      const jobs = await boss.fetch<T>(queue, { batchSize: 20, includeMetadata: true });
      if (!jobs.length) return;
      for (const job of jobs) {
        ran++;
        try {
          await boss.complete(queue, job.id, { value: await handler(job) });
        } catch (err) {
          await boss.fail(queue, job.id, { message: String(err) });
        }
      }
    }
  };
  await run<TMailJob>(MAIL_QUEUE, (job) => handleMailJob(job, smtpUrl));
  await run(CLEANUP_QUEUE, () => handleCleanupJob());
  await run(TASK_CHECK_QUEUE, () => handleTaskCheckJob());
  await run<{ now?: string }>(DIGEST_QUEUE, (job) => handleDigestJob(job));
  // Digests enqueue mails: deliver those too.
  await run<TMailJob>(MAIL_QUEUE, (job) => handleMailJob(job, smtpUrl));
  return ran;
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.once("error", reject);
    srv.listen(0, "127.0.0.1", () => {
      const { port } = srv.address() as net.AddressInfo;
      srv.close(() => resolve(port));
    });
  });
}

/** Polls `check` until it returns a truthy value (for work done by other processes). */
export async function waitFor<T>(what: string, check: () => Promise<T>, timeoutMs = 30_000, everyMs = 200): Promise<NonNullable<T>> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value) return value as NonNullable<T>;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, everyMs));
  }
}

export type TSinkMessage = { to: string[]; subject: string; text: string };

/** The e2e SMTP sink (scripts/smtp-sink.mjs) as a child process on free ports. */
export async function startSmtpSink() {
  const [smtpPort, httpPort] = [await freePort(), await freePort()];
  const child = spawn(process.execPath, [path.join(ROOT, "scripts/smtp-sink.mjs")], {
    env: { ...process.env, SMTP_SINK_PORT: String(smtpPort), SMTP_SINK_HTTP_PORT: String(httpPort) },
    stdio: ["ignore", "pipe", "inherit"],
  });
  await new Promise<void>((resolve, reject) => {
    child.once("exit", (code) => reject(new Error(`smtp sink exited with ${code}`)));
    child.stdout!.on("data", (d: Buffer) => d.toString().includes("SMTP sink on") && resolve());
  });
  return {
    smtpUrl: `smtp://127.0.0.1:${smtpPort}`,
    async messages(to?: string): Promise<TSinkMessage[]> {
      const res = await fetch(`http://127.0.0.1:${httpPort}/messages${to ? `?to=${encodeURIComponent(to)}` : ""}`);
      return (await res.json()) as TSinkMessage[];
    },
    stop: () => stopChild(child),
  };
}

export type TWorkerChild = { child: ChildProcess; lines: string[]; waitForLine: (match: (line: string) => boolean, timeoutMs?: number) => Promise<string> };

/** A worker process (tests/integration/worker-child.ts) with its own pg-boss instance. */
export function spawnWorker(env: Record<string, string>): TWorkerChild {
  const child = spawn(process.execPath, ["--conditions=react-server", "--import", "tsx", path.join(ROOT, "tests/integration/worker-child.ts")], {
    cwd: ROOT,
    env: { ...process.env, ...env },
    stdio: ["ignore", "pipe", "inherit"],
  });
  const lines: string[] = [];
  let buffer = "";
  child.stdout!.on("data", (d: Buffer) => {
    buffer += d.toString();
    const parts = buffer.split("\n");
    buffer = parts.pop()!;
    lines.push(...parts.filter(Boolean));
  });
  const waitForLine = (match: (line: string) => boolean, timeoutMs = 60_000) =>
    waitFor(
      "a line from the worker",
      async () => {
        if (child.exitCode !== null) throw new Error(`worker exited with ${child.exitCode}`);
        return lines.find(match);
      },
      timeoutMs,
      50,
    );
  return { child, lines, waitForLine };
}

export function stopChild(child: ChildProcess, signal: NodeJS.Signals = "SIGTERM") {
  return new Promise<void>((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) return resolve();
    child.once("exit", () => resolve());
    child.kill(signal);
  });
}
