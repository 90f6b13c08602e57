import type PgBoss from "pg-boss";

/**
 * Every queue of the app with its policy. Later issues add their jobs here
 * (digests, reminders, retention) and a handler in workers.ts.
 */
export const MAIL_QUEUE = "mail-send";
export const CLEANUP_QUEUE = "maintenance-cleanup";
export const TASK_CHECK_QUEUE = "tasks-due-check";
export const DIGEST_QUEUE = "notification-digest";

export type TQueueOptions = Omit<PgBoss.Queue, "name">;

export const QUEUE_OPTIONS: Record<string, TQueueOptions> = {
  // 1 + 6 attempts over about 30–60 minutes: waits of 30 s, 1, 2, 4, 8, 16 min (doubled each time, up to twice that with jitter).
  [MAIL_QUEUE]: { policy: "standard", retryLimit: 6, retryDelay: 30, retryBackoff: true, expireInSeconds: 120 },
  // "stately": at most one queued and one running clean-up, however many instances schedule it.
  [CLEANUP_QUEUE]: { policy: "stately", retryLimit: 2, retryDelay: 60, expireInSeconds: 600 },
  // Automatic tasks' due checks (agreements unsigned for 14 days → "Erinnern"); one at a time across instances.
  [TASK_CHECK_QUEUE]: { policy: "stately", retryLimit: 2, retryDelay: 60, expireInSeconds: 600 },
  // Daily digests: each user's day is claimed in the database, so duplicate jobs are harmless.
  [DIGEST_QUEUE]: { policy: "standard", retryLimit: 2, retryDelay: 60, expireInSeconds: 600 },
};

/** Every hour at minute 17; the cron of each instance sends it, pg-boss keeps one per slot. */
export const CLEANUP_CRON = "17 * * * *";

/** Every hour at minute 5 (Europe/Berlin); the check is idempotent, so running it often only makes tasks appear sooner. */
export const TASK_CHECK_CRON = "5 * * * *";

/** Every hour on the hour (Europe/Berlin): sends the digests whose hour has come. */
export const DIGEST_CRON = "0 * * * *";

/** Finished jobs are archived after 12 h and deleted from the archive after 30 days. */
export const JOB_RETENTION = { archiveCompletedAfterSeconds: 12 * 3600, deleteAfterDays: 30 } as const;
