// `npm run seed:scale -- --partners 10000`: adds N partners to the database of
// `npm start` (embedded .data/pglite, or DATABASE_URL). Stop `npm start` first
// when using the embedded database: one data directory, one process.
import { bin, ensureDatabase, ensureGenerated, migrate, runAsync } from "./lib/database.mjs";

ensureGenerated();
const db = await ensureDatabase({ dataDir: process.env.PGLITE_DATA_DIR ?? ".data/pglite" });
await migrate(db.url);
const { code } = await runAsync(bin("tsx"), ["prisma/seed-scale.ts", ...process.argv.slice(2)], { ...db.poolEnv, DATABASE_URL: db.url });
await db.stop();
process.exit(code);
