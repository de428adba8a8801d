import { describe, expect, it } from "vitest";
import { formatChecks, runDoctor, type Check } from "@/lib/observability/doctor";

// The doctor's checks run in this process against this file's database and sandboxes (the
// command itself is exercised end to end in doctor.test.ts): what each configuration yields.

const SANDBOX = { DATABASE_URL: process.env.DATABASE_URL, STRIPE_SANDBOX_URL: process.env.STRIPE_SANDBOX_URL, STRIPE_SANDBOX_WEBHOOK_SECRET: process.env.STRIPE_SANDBOX_WEBHOOK_SECRET, MAIL_SANDBOX_URL: process.env.MAIL_SANDBOX_URL };

function byName(checks: Check[]): Record<string, Pick<Check, "status" | "detail">> {
  return Object.fromEntries(checks.map((check) => [check.name, { status: check.status, detail: check.detail }]));
}

describe("doctor checks", () => {
  it("a sandbox configuration passes every check", async () => {
    const checks = byName(await runDoctor(SANDBOX, process.env.DATABASE_URL));
    expect(checks).toMatchObject({
      Configuration: { status: "pass" },
      Database: { status: "pass" },
      Migrations: { status: "pass", detail: expect.stringMatching(/^all \d+ applied$/) },
      Stripe: { status: "pass", detail: expect.stringContaining("sandbox mode") },
      "Stripe webhooks": { status: "pass", detail: "signing secret sandbox" },
      Email: { status: "pass", detail: expect.stringContaining("sandbox (resend's API)") },
      "Background jobs": { status: "pass" },
    });
  });

  it("says which sandbox API the app speaks, and flags a staging host that runs sandboxes", async () => {
    const checks = byName(await runDoctor({ ...SANDBOX, EMAIL_SANDBOX_FLAVOR: "ses", NODE_ENV: "production", ALLOW_SANDBOX_IN_PRODUCTION: "true", AUTH_SECRET: "x".repeat(40), FRONTEND_URL: "http://127.0.0.1:3000" }, process.env.DATABASE_URL));
    expect(checks).toMatchObject({ Sandboxes: { status: "warn" }, "Front end URL": { status: "warn" }, Email: { status: "warn", detail: expect.stringContaining("sandbox (ses's API)") }, "Background jobs": { status: "warn" } });
  });

  it("reports an Inngest event key without its signing key, and a missing database", async () => {
    const checks = byName(await runDoctor({ ...SANDBOX, INNGEST_EVENT_KEY: "evt_key" }, undefined));
    expect(checks).toMatchObject({ Database: { status: "fail", detail: "no database URL" }, "Background jobs": { status: "fail", detail: expect.stringContaining("signing key missing") } });
  });

  it("says how to fix a database it cannot reach, and migrations not applied", async () => {
    const closed = byName(await runDoctor(SANDBOX, "postgresql://postgres:postgres@127.0.0.1:1/nothing"));
    expect(closed.Database).toMatchObject({ status: "fail", detail: expect.stringContaining("cannot connect") });
    const url = new URL(process.env.DATABASE_URL!);
    const { adminQuery } = await import("../../support/integration-database");
    const empty = `doctor_empty_${Date.now()}`;
    await adminQuery(`CREATE DATABASE ${empty}`);
    url.pathname = `/${empty}`;
    try {
      const checks = byName(await runDoctor(SANDBOX, url.toString()));
      expect(checks).toMatchObject({ Database: { status: "pass" }, Migrations: { status: "fail", detail: expect.stringMatching(/^\d+ not applied: /) } });
    } finally {
      await adminQuery(`DROP DATABASE IF EXISTS ${empty} WITH (FORCE)`);
    }
  });

  it("lists every configuration problem of a production setup without keys, in one check", async () => {
    const [check, ...rest] = await runDoctor({ NODE_ENV: "production", EMAIL_PROVIDER: "sendgrid" }, process.env.DATABASE_URL);
    expect(rest).toEqual([]);
    expect(check).toMatchObject({ name: "Configuration", status: "fail" });
    for (const name of ["AUTH_SECRET", "FRONTEND_URL", "STRIPE_SECRET_KEY", "SENDGRID_API_KEY"]) expect(check.detail).toContain(name);
  });

  it("prints each check with its fix, and the count of failures", () => {
    const text = formatChecks([
      { name: "Database", status: "pass", detail: "reachable" },
      { name: "Email", status: "fail", detail: "refused", fix: "Set the key." },
      { name: "Stripe mode", status: "warn", detail: "test key" },
    ]);
    expect(text).toBe(["✓ Database         reachable", "✗ Email            refused\n    → Set the key.", "! Stripe mode      test key", "", "1 check(s) failed."].join("\n"));
  });
});
