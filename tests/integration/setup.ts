// Shared setup of the integration tests: they talk to the real database that
// `npm run test:integration` started, migrated and seeded (DATABASE_URL).
// Imported by fixtures.ts; safe to list as a vitest setup file as well.
import { afterAll, expect } from "vitest";
import { prisma } from "@/lib/db";
import { isBossStarted, stopBoss } from "@/lib/server/jobs/boss";
import { drainQueues } from "./jobs";

if (!process.env.DATABASE_URL?.startsWith("postgres")) {
  throw new Error("Integration tests need DATABASE_URL (run them with `npm run test:integration`).");
}

// pg deprecates (and pg 9 refuses) a second query on a client that is still busy,
// which is what concurrent queries inside one transaction do. None may happen.
const busyClientWarnings: string[] = [];
process.on("warning", (w) => {
  if (/already executing a query/.test(w.message)) busyClientWarnings.push(w.stack ?? w.message);
});

afterAll(async () => {
  // Mails a test file enqueued are delivered (here: STORED) before the next file, so
  // no job is left for a later run's worker (e.g. the e2e app, which sends to its sink).
  if (isBossStarted()) await drainQueues();
  await stopBoss();
  await prisma.$disconnect();
  expect(busyClientWarnings, "pg: client.query() while the client is busy").toEqual([]);
});
