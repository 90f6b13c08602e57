import { PrismaPg } from "@prisma/adapter-pg";
import { env } from "@/lib/env";
import { PrismaClient } from "@/lib/generated/prisma/client";

type TPoolOptions = { max?: number; connectTimeoutMs?: number; statementTimeoutMs?: number };

/**
 * A PrismaClient on a pg pool with timeouts, so that a stalled or vanished
 * database answers with an error within seconds instead of hanging requests:
 * - connecting waits at most `connectTimeoutMs`;
 * - the server cancels a statement after `statementTimeoutMs`, and the client gives
 *   up 1 s later (for a server that cannot even cancel, e.g. a frozen process);
 * - a transaction left idle for `statementTimeoutMs` is ended by the server.
 */
export function createPrisma(connectionString: string, opts: TPoolOptions = {}) {
  const e = env();
  const statementTimeout = opts.statementTimeoutMs ?? e.DATABASE_STATEMENT_TIMEOUT_MS;
  return new PrismaClient({
    adapter: new PrismaPg({
      connectionString,
      max: opts.max ?? e.DATABASE_POOL_MAX,
      connectionTimeoutMillis: opts.connectTimeoutMs ?? e.DATABASE_CONNECT_TIMEOUT_MS,
      statement_timeout: statementTimeout,
      idle_in_transaction_session_timeout: statementTimeout,
      query_timeout: statementTimeout + 1000,
    }),
  });
}

const globalForPrisma = globalThis as unknown as { prisma?: PrismaClient };

/** The one PrismaClient of the app process. */
export const prisma: PrismaClient = (globalForPrisma.prisma ??= createPrisma(env().DATABASE_URL));

export type Tx = Parameters<Parameters<PrismaClient["$transaction"]>[0]>[0];
export type Db = PrismaClient | Tx;
