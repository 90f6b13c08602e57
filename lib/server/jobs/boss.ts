import "server-only";
import PgBoss from "pg-boss";
import { env } from "@/lib/env";
import { JOB_RETENTION, QUEUE_OPTIONS } from "./queues";

export type TBossOptions = {
  connectionString?: string;
  /** Maintenance (expiring stuck jobs, archiving, deleting) and cron run only on instances with a worker. */
  worker?: boolean;
} & Omit<PgBoss.ConstructorOptions, "connectionString">;

/** A pg-boss instance on the app's database; its tables live in the schema "pgboss". */
export function createBoss({ connectionString = env().DATABASE_URL, worker = false, ...rest }: TBossOptions = {}) {
  const boss = new PgBoss({
    connectionString,
    schema: "pgboss",
    application_name: "buendnis-jobs",
    max: 4,
    supervise: worker,
    schedule: worker,
    ...JOB_RETENTION,
    ...rest,
  });
  boss.on("error", (err) => console.error(JSON.stringify({ level: "error", msg: "job queue error", error: String(err) })));
  return boss;
}

/** Starts pg-boss (creating or migrating its schema) and makes sure every queue exists with its current options. */
export async function startBoss(boss: PgBoss) {
  await boss.start();
  for (const [name, options] of Object.entries(QUEUE_OPTIONS)) {
    await boss.createQueue(name, { name, ...options });
    await boss.updateQueue(name, { name, ...options });
  }
  return boss;
}

const g = globalThis as unknown as { appBoss?: Promise<PgBoss> };

/**
 * The process's one pg-boss instance, used to enqueue jobs. `next start` starts it
 * (with the workers) in instrumentation.ts; elsewhere (scripts, tests) the first
 * call starts it without workers.
 */
export function getBoss(options: TBossOptions = {}): Promise<PgBoss> {
  g.appBoss ??= startBoss(createBoss(options)).catch((err) => {
    g.appBoss = undefined;
    throw err;
  });
  return g.appBoss;
}

export const isBossStarted = () => g.appBoss !== undefined;

export async function stopBoss() {
  const boss = g.appBoss;
  g.appBoss = undefined;
  if (boss) await (await boss.catch(() => null))?.stop({ graceful: false, timeout: 1000 });
}
