import { defineConfig } from "@playwright/test";

const PORT = Number(process.env.E2E_PORT ?? 3100);
const SMTP_PORT = Number(process.env.SMTP_SINK_PORT ?? 2525);
const SMTP_HTTP_PORT = Number(process.env.SMTP_SINK_HTTP_PORT ?? SMTP_PORT + 1);

export default defineConfig({
  testDir: "e2e",
  timeout: 60_000,
  expect: { timeout: 10_000 },
  fullyParallel: false,
  workers: 1,
  retries: 0,
  reporter: [["list"]],
  use: {
    baseURL: `http://localhost:${PORT}`,
    trace: "retain-on-failure",
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
      args: [
        "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--no-first-run", "--disable-quic", "--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE localhost",
      ],
    },
  },
  webServer: [
    {
      command: "node scripts/smtp-sink.mjs",
      url: `http://127.0.0.1:${SMTP_HTTP_PORT}/messages`,
      env: { SMTP_SINK_PORT: String(SMTP_PORT), SMTP_SINK_HTTP_PORT: String(SMTP_HTTP_PORT) },
      reuseExistingServer: false,
      timeout: 30_000,
    },
    {
      command: "node scripts/serve.mjs",
      url: `http://localhost:${PORT}/api/health`,
      // Real SMTP delivery to the local sink; e2e specs read what arrived from its HTTP side.
      env: { SMTP_URL: `smtp://127.0.0.1:${SMTP_PORT}`, PORT: String(PORT) },
      reuseExistingServer: false,
      timeout: 120_000,
      stdout: "ignore",
      stderr: "pipe",
    },
  ],
});
