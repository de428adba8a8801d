import { defineConfig } from "@playwright/test";

// End-to-end tests drive Debian's Chromium (no browser download) against the production
// build, served by the same launcher as `npm start` with a throwaway embedded PostgreSQL.
const PORT = Number(process.env.E2E_PORT ?? 3123);
export const E2E_ADMIN = { email: "e2e-admin@example.test", password: "admin passphrase for the e2e run" };

export default defineConfig({
  testDir: "./tests/e2e",
  outputDir: "test-results/e2e",
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 60_000,
  reporter: [["list"], ["json", { outputFile: "test-results/e2e.json" }]],
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
      args: ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking", "--disable-component-update", "--no-first-run", "--disable-sync"],
    },
  },
  webServer: {
    command: `node_modules/.bin/tsx scripts/launch.ts start --ephemeral-db --port ${PORT}`,
    url: `http://127.0.0.1:${PORT}/api/health`,
    reuseExistingServer: false,
    timeout: 120_000,
    stdout: "ignore",
    stderr: "pipe",
    env: { NEXT_TELEMETRY_DISABLED: "1", NODE_ENV: "production", AUTH_SECRET: "e2e-secret-e2e-secret-e2e-secret-e2e", HOST: "127.0.0.1", FRONTEND_URL: `http://127.0.0.1:${PORT}`, AUTOMATION_DELAY_SCALE: "0.00005",
      // Reminders: a day is 4.3 s at this scale, so days 1, 7 and 14 are 4, 30 and 60 s (room for a
      // slow machine between the first and the second). Only the profile's sequence is on, so that
      // no other test's creator gets a reminder while it reads its mailbox (tests/e2e/nudges.spec.ts).
      NUDGE_DELAYS_DAYS: "1,7,14", NUDGE_SEQUENCES_OFF: "email_not_verified,terms_not_accepted,payouts_not_finished,payouts_need_information,payouts_deadline", ALLOW_SANDBOX_IN_PRODUCTION: "true", TRUSTED_PROXY_HOPS: "1", BOOTSTRAP_ADMIN_EMAIL: E2E_ADMIN.email, BOOTSTRAP_ADMIN_PASSWORD: E2E_ADMIN.password },
  },
});
