import { defineConfig, devices } from "@playwright/test";

// Runs against a production build (`npm run build` first) served by `npm start` on a fresh
// embedded database, so every run starts from the same demo clinic.
// Overridable so that several checkouts on one machine can run their suites side by side.
export const e2ePort = Number(process.env.E2E_PORT ?? 3100);
export const e2eDatabasePort = Number(process.env.E2E_DB_PORT ?? 54340);
export const e2eCronSecret = "e2e-only-cron-secret-not-for-production";

const chromiumLaunch = {
  // Debian's Chromium (apt-get install chromium); Playwright's own browser download is not used.
  executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
  args: [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
  ],
};

export default defineConfig({
  testDir: "e2e",
  fullyParallel: false,
  workers: 1,
  retries: process.env.CI ? 1 : 0,
  timeout: 60_000,
  expect: { timeout: 15_000 },
  reporter: process.env.CI ? [["list"]] : [["list"], ["html", { open: "never" }]],
  use: {
    baseURL: `http://localhost:${e2ePort}`,
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
  },
  projects: [
    {
      name: "desktop",
      testIgnore: /responsive\.spec\.ts/,
      use: { ...devices["Desktop Chrome"], launchOptions: chromiumLaunch },
    },
    {
      name: "phone-360",
      testMatch: /responsive\.spec\.ts/,
      use: { ...devices["Pixel 7"], viewport: { width: 360, height: 740 }, launchOptions: chromiumLaunch },
    },
  ],
  webServer: {
    command: "rm -rf .data/e2e && npm start",
    url: `http://localhost:${e2ePort}/login`,
    timeout: 180_000,
    reuseExistingServer: !process.env.CI,
    stdout: "pipe",
    env: {
      PORT: String(e2ePort),
      CLINIC_DATA_DIR: ".data/e2e",
      EMBEDDED_DB_PORT: String(e2eDatabasePort),
      DATABASE_URL: "",
      AUTH_SECRET: "e2e-only-secret-not-for-production-000000",
      // Emailed links point at this server; tests call the cron routes with this secret.
      APP_URL: `http://localhost:${e2ePort}`,
      CRON_SECRET: e2eCronSecret,
      RESEND_API_KEY: "",
      // The journeys follow emailed links from the mailbox, which a production build hides by default.
      MAILBOX_SHOWS_LINKS: "1",
      NEXT_TELEMETRY_DISABLED: "1",
    },
  },
});
