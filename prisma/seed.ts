// Seeds demo data into an empty database. Called by `npm start` (embedded DB,
// or DATABASE_URL with DEMO=1) and by the test runner.
import { createPrisma } from "@/lib/db";
import { bootstrapAdmin } from "./seed/bootstrap-admin";
import { DEMO_COORDINATOR, DEMO_PASSWORD, ensureBaseTexts, seedDemo } from "./seed/demo";

async function main() {
  const prisma = createPrisma(process.env.DATABASE_URL!, { statementTimeoutMs: 600_000 });
  try {
    await ensureBaseTexts(prisma);
    const users = await prisma.user.count();
    if (users > 0) {
      console.log("Database already has data: seeding skipped.");
      return;
    }
    if (process.env.SEED_DEMO === "1") {
      const result = await seedDemo(prisma);
      console.log(`Seeded demo data: ${result.partners} partners. Sign in as ${DEMO_COORDINATOR} / ${DEMO_PASSWORD}`);
    } else {
      await bootstrapAdmin(prisma);
    }
  } finally {
    await prisma.$disconnect();
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
