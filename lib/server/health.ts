import "server-only";
import type { PrismaClient } from "@/lib/generated/prisma/client";

/** Pings the database with a short timeout; a new query after an outage reconnects by itself. */
export async function checkDatabase(db: PrismaClient, timeoutMs = 2000): Promise<"ok" | "down"> {
  let timer: NodeJS.Timeout | undefined;
  try {
    await Promise.race([
      db.$queryRaw`SELECT 1`,
      new Promise((_, reject) => (timer = setTimeout(() => reject(new Error("timeout")), timeoutMs))),
    ]);
    return "ok";
  } catch {
    return "down";
  } finally {
    clearTimeout(timer);
  }
}
