// `prisma generate` needs a postgresql:// DATABASE_URL to stay on the WASM
// engines (otherwise it tries to download native ones); the value is not used.
import { run, bin } from "./lib/database.mjs";

run(bin("prisma"), ["generate"], {
  DATABASE_URL: process.env.DATABASE_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres",
});
