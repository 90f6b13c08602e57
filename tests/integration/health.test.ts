import { afterAll, describe, expect, it } from "vitest";
import { createPrisma, prisma } from "@/lib/db";
import { checkDatabase } from "@/lib/server/health";
import { startThrowawayServer } from "./throwaway-server";

const cleanups: (() => Promise<unknown>)[] = [];
afterAll(async () => {
  for (const fn of cleanups.reverse()) await fn().catch(() => undefined);
});

describe("checkDatabase", () => {
  it('is "ok" for the real database', async () => {
    expect(await checkDatabase(prisma)).toBe("ok");
  });

  it('goes "down" when the server is killed and back to "ok" after its restart, with the same client', async () => {
    const server = await startThrowawayServer();
    cleanups.push(() => server.stop());
    const client = createPrisma(server.url, { connectTimeoutMs: 1000, statementTimeoutMs: 2000 });
    cleanups.push(() => client.$disconnect());
    expect(await checkDatabase(client, 5000)).toBe("ok");

    process.kill(server.pid!, "SIGKILL");
    // Backends notice their postmaster's death within moments; until then a pooled
    // connection may still answer. Every check answers quickly, never hanging.
    const until = Date.now() + 5000;
    let state: string;
    do {
      const started = Date.now();
      state = await checkDatabase(client, 1500);
      expect(Date.now() - started).toBeLessThan(3000);
    } while (state === "ok" && Date.now() < until);
    expect(state).toBe("down");
    expect(await checkDatabase(client, 1500)).toBe("down"); // no stale "ok"

    await server.restart();
    expect(await checkDatabase(client, 5000)).toBe("ok");
  });
});

describe("a frozen database (SIGSTOP)", () => {
  it("fails a query within the pool's timeouts instead of hanging", async () => {
    const server = await startThrowawayServer();
    cleanups.push(() => server.stop());
    const client = createPrisma(server.url, { connectTimeoutMs: 1000, statementTimeoutMs: 1000 });
    cleanups.push(() => client.$disconnect());
    await client.$queryRaw`SELECT 1`; // a pooled connection exists, as in a running app

    const frozen = server.processes();
    for (const pid of frozen) process.kill(pid, "SIGSTOP");
    try {
      const started = Date.now();
      await expect(client.$queryRaw`SELECT 1`).rejects.toThrow();
      // A fresh connection (the pooled one may be busy) times out as well.
      await expect(client.$transaction([client.$queryRaw`SELECT 2`, client.$queryRaw`SELECT 3`])).rejects.toThrow();
      expect(Date.now() - started).toBeLessThan(8000);
    } finally {
      for (const pid of frozen) process.kill(pid, "SIGCONT");
    }
    await new Promise((r) => setTimeout(r, 200));
    expect(await client.$queryRaw`SELECT 1 AS one`).toEqual([{ one: 1 }]);
  });
});
