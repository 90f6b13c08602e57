// `npm run seed:scale -- --partners 10000`: adds N partners to the database of
// `npm start` (embedded .data/postgres, or DATABASE_URL). Works while `npm start` runs.
import { bin, ensureGenerated, migrate, openAppDatabase, runAsync } from "./lib/database.mjs";

ensureGenerated();
const db = await openAppDatabase();
await migrate(db.url);
const { code } = await runAsync(bin("tsx"), ["prisma/seed-scale.ts", ...process.argv.slice(2)], { DATABASE_URL: db.url });
await db.stop();
process.exit(code);
