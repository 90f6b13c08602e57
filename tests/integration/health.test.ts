import net from "node:net";
import { PGlite } from "@electric-sql/pglite";
import { PGLiteSocketServer } from "@electric-sql/pglite-socket";
import { afterAll, describe, expect, it } from "vitest";
import { createPrisma, prisma } from "@/lib/db";
import { checkDatabase } from "@/lib/server/health";
import "./setup";

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.once("error", reject);
    srv.listen(0, "127.0.0.1", () => {
      const { port } = srv.address() as net.AddressInfo;
      srv.close(() => resolve(port));
    });
  });
}

const cleanups: (() => Promise<unknown>)[] = [];
afterAll(async () => {
  for (const fn of cleanups.reverse()) await fn().catch(() => undefined);
});

describe("checkDatabase", () => {
  it('is "ok" for the real database', async () => {
    expect(await checkDatabase(prisma)).toBe("ok");
  });

  it('goes "down" when the server stops and back to "ok" when it is up again, with the same client', async () => {
    const db = await PGlite.create();
    cleanups.push(() => db.close());
    const port = await freePort();
    const start = async () => {
      const server = new PGLiteSocketServer({ db, port, host: "127.0.0.1", maxConnections: 8 });
      await server.start();
      return server;
    };

    let server = await start();
    const client = createPrisma(`postgresql://postgres:postgres@127.0.0.1:${port}/postgres?sslmode=disable`);
    cleanups.push(() => client.$disconnect());

    expect(await checkDatabase(client, 5000)).toBe("ok");

    await server.stop();
    const started = Date.now();
    expect(await checkDatabase(client, 1500)).toBe("down");
    expect(Date.now() - started).toBeLessThan(4000); // refused or timed out, never hanging
    // Still down on a second try (no stale "ok").
    expect(await checkDatabase(client, 1500)).toBe("down");

    server = await start();
    cleanups.push(() => server.stop());
    expect(await checkDatabase(client, 5000)).toBe("ok");
  });
});
