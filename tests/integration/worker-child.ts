// A worker process for the job-queue tests, started by spawnWorker() in jobs.ts.
// WORKER_MODE=mail  delivers the mail queue (SMTP_URL from the environment) with
//                   the app's handler and prints {"delivered": outboxId} per job;
// WORKER_MODE=hang  takes one job of WORKER_QUEUE, prints {"started": jobId} and
//                   never finishes it (the test kills this process).
import type PgBoss from "pg-boss";
import { createBoss, startBoss } from "@/lib/server/jobs/boss";
import { DIGEST_QUEUE, MAIL_QUEUE } from "@/lib/server/jobs/queues";
import { handleDigestJob, handleMailJob } from "@/lib/server/jobs/workers";
import type { TMailJob } from "@/lib/server/mail/enqueue-mail";

const print = (value: object) => process.stdout.write(`${JSON.stringify(value)}\n`);

async function main() {
  const boss = await startBoss(createBoss({ worker: false }));
  if (process.env.WORKER_MODE === "digest") {
    // WORKER_MODE=digest: runs digest jobs with the app's handler and prints {"digest": result}.
    await boss.work<{ now?: string }>(DIGEST_QUEUE, { pollingIntervalSeconds: 0.5 }, async ([job]) => {
      const result = await handleDigestJob(job);
      print({ digest: result, pid: process.pid });
    });
  } else if (process.env.WORKER_MODE === "hang") {
    await boss.work(process.env.WORKER_QUEUE!, { pollingIntervalSeconds: 0.5 }, ([job]) => {
      print({ started: job.id });
      return new Promise(() => undefined);
    });
  } else {
    const handle = async ([job]: PgBoss.JobWithMetadata<TMailJob>[]) => {
      const result = await handleMailJob(job);
      print({ delivered: job.data.outboxId, result, pid: process.pid });
    };
    for (let i = 0; i < 3; i++) await boss.work<TMailJob>(MAIL_QUEUE, { includeMetadata: true, batchSize: 1, pollingIntervalSeconds: 0.5 }, handle);
  }
  print({ ready: process.pid });
  process.on("SIGTERM", () => {
    void boss.stop({ graceful: false, timeout: 1000 }).finally(() => process.exit(0));
  });
}

void main();
