// Runs once when a Next.js server process starts: the job queue and its workers
// live inside the app process (see lib/server/jobs).
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  // `next build` loads this file too; only a serving process runs jobs.
  if (process.env.NEXT_PHASE === "phase-production-build") return;
  const { startJobs } = await import("@/lib/server/jobs/start-jobs");
  await startJobs();
}
