import { describe, expect, it } from "vitest";
import { formatChecks, runDoctor, type Check } from "@/lib/observability/doctor";
import { withEnv } from "../../support/env";
import { mailSandbox } from "../../support/integration-database";
import { env } from "@/lib/env";
import { webhookEndpointProblems } from "@/lib/stripe/check";
import { stripe, STRIPE_API_VERSION } from "@/lib/stripe/client";

// The doctor's checks run in this process against this file's database and sandboxes (the
// command itself is exercised end to end in doctor.test.ts): what each configuration yields.

const SANDBOX = { DATABASE_URL: process.env.DATABASE_URL, STRIPE_SANDBOX_URL: process.env.STRIPE_SANDBOX_URL, STRIPE_SANDBOX_WEBHOOK_SECRET: process.env.STRIPE_SANDBOX_WEBHOOK_SECRET, MAIL_SANDBOX_URL: process.env.MAIL_SANDBOX_URL };

function byName(checks: Check[]): Record<string, Pick<Check, "status" | "detail">> {
  return Object.fromEntries(checks.map((check) => [check.name, { status: check.status, detail: check.detail }]));
}

describe("doctor checks", () => {
  it("lists the webhook endpoints Stripe holds and says what is wrong with ours", async () => {
    const url = `${env().FRONTEND_URL}/api/v1/webhooks/stripe`;
    expect(await webhookEndpointProblems(url)).toEqual([expect.stringContaining(`no endpoint for ${url}`)]);

    const platformOnly = await stripe().webhookEndpoints.create({ url, enabled_events: ["account.updated", "capability.updated"] });
    expect(await webhookEndpointProblems(url)).toEqual([
      `${platformOnly.id} listens to the platform's own events, not connected accounts'`,
      `${platformOnly.id} does not send person.created, person.updated, account.application.deauthorized`,
      `${platformOnly.id} renders events at API version (the account's default), not ${STRIPE_API_VERSION}`,
    ]);

    const connect = await stripe().webhookEndpoints.create({ url, connect: true, api_version: STRIPE_API_VERSION as never, enabled_events: ["account.updated", "account.application.deauthorized", "capability.updated", "person.created", "person.updated"] });
    expect(connect.application).not.toBeNull();
    expect(await webhookEndpointProblems(url)).toEqual([]);
    expect(byName(await runDoctor(SANDBOX, process.env.DATABASE_URL))["Stripe endpoint"]).toEqual({ status: "pass", detail: `${url}: Connect, enabled, the 5 events, API ${STRIPE_API_VERSION}` });
    await stripe().webhookEndpoints.del(connect.id);
    await stripe().webhookEndpoints.del(platformOnly.id);
  });

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
    expect(checks).toMatchObject({ Sandboxes: { status: "warn" }, "Front end URL": { status: "warn" }, Email: { status: "warn", detail: expect.stringContaining("sandbox (ses's API)") }, "Background jobs": { status: "pass", detail: expect.stringContaining("run in this process") } });
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

  it("proves a Resend key by listing domains, and accepts Resend's sending-only key", async () => {
    await withEnv({ RESEND_BASE_URL: mailSandbox.url }, async () => {
      const email = async (key: string) => byName(await runDoctor({ ...SANDBOX, EMAIL_PROVIDER: "resend", RESEND_API_KEY: key }, process.env.DATABASE_URL)).Email;
      expect(await email("re_full_access")).toEqual({ status: "pass", detail: expect.stringContaining("Resend reachable") });
      expect(await email("re_sending_only")).toEqual({ status: "pass", detail: expect.stringContaining("sending access only") });
      expect(await email("not-a-key")).toEqual({ status: "fail", detail: "Resend refused the key: API key is invalid" });
    });
  });

  it("proves SES credentials, ses:SendEmail and the sender with one email to the mailbox simulator", async () => {
    const production = {
      DATABASE_URL: process.env.DATABASE_URL,
      NODE_ENV: "production",
      AUTH_SECRET: "x".repeat(40),
      FRONTEND_URL: "https://onboarding.example",
      FEATURE_STRIPE_CONNECT: "false",
      EMAIL_PROVIDER: "ses",
      SES_REGION: "eu-west-1",
      SES_SNS_TOPIC_ARN: "arn:aws:sns:eu-west-1:123456789012:ofm-ses-events",
      FROM_EMAIL: "OFM <onboarding@agency.example>",
      INNGEST_EVENT_KEY: "evt_key",
      INNGEST_SIGNING_KEY: "signkey-prod-abc",
    };
    // The SDK's standard endpoint override points SES at the sandbox, which speaks SES v2.
    await withEnv({ AWS_ENDPOINT_URL_SESV2: mailSandbox.url, AWS_ACCESS_KEY_ID: "AKIADOCTORTEST", AWS_SECRET_ACCESS_KEY: "doctor-secret" }, async () => {
      const checks = byName(await runDoctor(production, process.env.DATABASE_URL));
      expect(checks).toMatchObject({
        Email: { status: "pass", detail: "SES (eu-west-1) accepts mail from OFM <onboarding@agency.example>; events from arn:aws:sns:eu-west-1:123456789012:ofm-ses-events" },
        Stripe: { status: "pass", detail: "turned off (FEATURE_STRIPE_CONNECT=false)" },
        "Background jobs": { status: "pass", detail: "Inngest Cloud; signing key set" },
        "Feature flags": { detail: expect.stringContaining("Stripe Connect off") },
      });
      const [probe] = ((await (await fetch(`${mailSandbox.url}/sandbox/messages?to=success@simulator.amazonses.com`)).json()) as { data: Array<{ subject: string }> }).data;
      expect(probe.subject).toBe("npm run doctor");
      mailSandbox.setFault({ mode: "down" });
      try {
        const down = byName(await runDoctor({ ...production, SES_SNS_TOPIC_ARN: undefined, NODE_ENV: "development" }, process.env.DATABASE_URL));
        expect(down.Email).toEqual({ status: "fail", detail: expect.stringContaining("SES refused: ServiceUnavailableException") });
      } finally {
        mailSandbox.setFault({ mode: "none" });
      }
      const withoutEvents = byName(await runDoctor({ ...production, SES_SNS_TOPIC_ARN: undefined, NODE_ENV: "development" }, process.env.DATABASE_URL));
      expect(withoutEvents.Email.detail).toContain("events not configured");
    });
  }, 60_000);

  it("says how to fix a Stripe it cannot reach", async () => {
    const unreachable = { STRIPE_SANDBOX_URL: "http://127.0.0.1:1" };
    const checks = await withEnv(unreachable, async () => byName(await runDoctor({ ...SANDBOX, ...unreachable }, process.env.DATABASE_URL)));
    expect(checks.Stripe).toEqual({ status: "fail", detail: expect.stringMatching(/^sandbox mode, API unreachable: /) });
  }, 60_000);

  it("prints each check with its fix, and the count of failures", () => {
    const text = formatChecks([
      { name: "Database", status: "pass", detail: "reachable" },
      { name: "Email", status: "fail", detail: "refused", fix: "Set the key." },
      { name: "Stripe mode", status: "warn", detail: "test key" },
    ]);
    expect(text).toBe(["✓ Database         reachable", "✗ Email            refused\n    → Set the key.", "! Stripe mode      test key", "", "1 check(s) failed."].join("\n"));
  });
});
