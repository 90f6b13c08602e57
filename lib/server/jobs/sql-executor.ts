import "server-only";
import type PgBoss from "pg-boss";
import type { Tx } from "@/lib/db";

/**
 * pg-boss runs its SQL through this executor when `send()` gets `{ db }`, so the
 * job is inserted in the caller's Prisma transaction: it commits or rolls back
 * with the data that caused it.
 */
export function txExecutor(tx: Tx): PgBoss.Db {
  return {
    async executeSql(text: string, values: unknown[] = []) {
      // node-postgres would serialise objects as JSON itself; through Prisma we do it here.
      const args = values.map((v) => (v === undefined ? null : v !== null && typeof v === "object" && !(v instanceof Date) ? JSON.stringify(v) : v));
      const rows = await tx.$queryRawUnsafe<unknown[]>(text, ...args);
      return { rows };
    },
  };
}
