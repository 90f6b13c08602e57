import "server-only";
import type PgBoss from "pg-boss";
import { deliverMail } from "@/lib/server/mail/deliver-mail";
import type { TMailJob } from "@/lib/server/mail/enqueue-mail";
import { runCleanup } from "./cleanup";
import { CLEANUP_CRON, CLEANUP_QUEUE, DIGEST_CRON, DIGEST_QUEUE, MAIL_QUEUE, TASK_CHECK_CRON, TASK_CHECK_QUEUE } from "./queues";
import { runDigests } from "@/lib/server/notifications/digest";
import { runTaskDueCheck } from "@/lib/server/tasks/due-check";

export type TWorkerOptions = {
  /** Overrides SMTP_URL (tests point it at their own sink). */
  smtpUrl?: string;
  pollingIntervalSeconds?: number;
  /** Mail workers in this process, each taking one job at a time. */
  mailWorkers?: number;
};

/** One mail job; the last attempt marks the outbox row FAILED. Shared by the worker and the tests' drain helper. */
export function handleMailJob(job: PgBoss.JobWithMetadata<TMailJob>, smtpUrl?: string) {
  return deliverMail({ outboxId: job.data.outboxId, lastAttempt: job.retryCount >= job.retryLimit, ...(smtpUrl !== undefined ? { smtpUrl } : {}) });
}

export async function handleCleanupJob() {
  const removed = await runCleanup();
  console.info(JSON.stringify({ level: "info", msg: "clean-up done", ...removed }));
  return removed;
}

export async function handleTaskCheckJob() {
  const result = await runTaskDueCheck();
  console.info(JSON.stringify({ level: "info", msg: "task due check done", ...result }));
  return result;
}

/** A digest run; `data.now` (ISO) lets tests fix the clock. */
export async function handleDigestJob(job?: { data?: { now?: string } }) {
  const result = await runDigests(job?.data?.now ? new Date(job.data.now) : new Date());
  console.info(JSON.stringify({ level: "info", msg: "digest run done", ...result }));
  return result;
}

export async function startWorkers(boss: PgBoss, { smtpUrl, pollingIntervalSeconds = 1, mailWorkers = 2 }: TWorkerOptions = {}) {
  for (let i = 0; i < mailWorkers; i++) {
    await boss.work<TMailJob>(MAIL_QUEUE, { includeMetadata: true, batchSize: 1, pollingIntervalSeconds }, ([job]) => handleMailJob(job, smtpUrl));
  }
  await boss.work(CLEANUP_QUEUE, { pollingIntervalSeconds: 30 }, handleCleanupJob);
  await boss.schedule(CLEANUP_QUEUE, CLEANUP_CRON, {}, { tz: "Europe/Berlin" });
  await boss.work(TASK_CHECK_QUEUE, { pollingIntervalSeconds: 30 }, handleTaskCheckJob);
  await boss.schedule(TASK_CHECK_QUEUE, TASK_CHECK_CRON, {}, { tz: "Europe/Berlin" });
  await boss.work<{ now?: string }>(DIGEST_QUEUE, { pollingIntervalSeconds: 30 }, ([job]) => handleDigestJob(job));
  await boss.schedule(DIGEST_QUEUE, DIGEST_CRON, {}, { tz: "Europe/Berlin" });
}
