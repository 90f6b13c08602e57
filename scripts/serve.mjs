// Serves the production build on PORT against DATABASE_URL, through the same
// server as `npm start` (app-server.mjs), without managing a database.
// Used by the e2e suite, the fault tests and for extra instances (see README).
import { startAppServer } from "./lib/app-server.mjs";

process.env.NEXT_TELEMETRY_DISABLED = "1";
if (!process.env.DATABASE_URL) {
  console.error("serve.mjs needs DATABASE_URL (npm start manages the embedded database itself).");
  process.exit(1);
}
const port = Number(process.env.PORT ?? 3000);
const app = await startAppServer({ port, databaseUrl: process.env.DATABASE_URL });
console.log(`Serving on http://localhost:${port}`);
const stop = async () => {
  await app.close().catch(() => {});
  process.exit(0);
};
process.on("SIGINT", stop);
process.on("SIGTERM", stop);
