// Shared setup of the integration tests: they talk to the real database that
// `npm run test:integration` started, migrated and seeded (DATABASE_URL).
// Imported by fixtures.ts; safe to list as a vitest setup file as well.
import { afterAll } from "vitest";
import { prisma } from "@/lib/db";

if (!process.env.DATABASE_URL?.startsWith("postgres")) {
  throw new Error("Integration tests need DATABASE_URL (run them with `npm run test:integration`).");
}

afterAll(async () => {
  await prisma.$disconnect();
});
