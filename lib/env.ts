import { z } from "zod";

// Every environment variable the app reads at run time. Read nowhere else.
const ZEnv = z.object({
  // Set by `npm start`/`npm test` (embedded DB) or by the operator. The default only lets `next build` load modules.
  DATABASE_URL: z.string().startsWith("postgres").default("postgresql://postgres@127.0.0.1:5432/postgres"),
  // Connections of each app instance's pool.
  DATABASE_POOL_MAX: z.coerce.number().int().min(1).max(100).default(10),
  // A stalled database gives a fast error instead of a hang (see lib/db.ts).
  DATABASE_CONNECT_TIMEOUT_MS: z.coerce.number().int().min(100).default(3000),
  DATABASE_STATEMENT_TIMEOUT_MS: z.coerce.number().int().min(100).default(15000),
  // How many reverse proxies in front of the app append to X-Forwarded-For (lib/server/client-ip.ts).
  TRUST_PROXY: z.coerce.number().int().min(0).max(10).default(0),
  NEXTAUTH_SECRET: z.string().min(16).optional(),
  NEXTAUTH_URL: z.string().url().optional(),
  // smtp://user:pass@host:port (or smtps://). Unset: mails are stored in the outbox (/admin/outbox).
  SMTP_URL: z.string().startsWith("smtp").optional(),
  MAIL_FROM: z.string().default("Bündnis-CRM <no-reply@buendnis.example>"),
  // "0": this instance runs no job worker (serve only); it still enqueues jobs (mail) for other instances.
  JOBS_WORKER: z.enum(["0", "1"]).default("1").transform((v) => v === "1"),
  SESSION_MAX_AGE_HOURS: z.coerce.number().int().positive().default(12),
  NODE_ENV: z.string().default("development"),
});

export type TEnv = z.infer<typeof ZEnv>;

let cached: TEnv | undefined;

export function env(): TEnv {
  cached ??= ZEnv.parse(process.env);
  return cached;
}
