import { describe, expect, it } from "vitest";
import { GET as scrapeRoute } from "@/app/metrics/route";
import { POST as register } from "@/app/api/v1/auth/register/route";
import { startPayoutsOnboarding } from "@/lib/onboarding/payouts";
import { drainOutbox } from "@/lib/outbox/relay";
import { withEnv } from "../../support/env";
import { callRoute } from "../../support/http";
import { stripeSandbox } from "../../support/integration-database";
import { deliverEvent, deliverWebhook } from "../../support/stripe";
import { createCreatorReadyForPayouts, uniqueEmail } from "../../factories/users";

async function scrape(): Promise<string> {
  const response = await scrapeRoute(new Request("http://localhost/metrics"));
  expect(response.status).toBe(200);
  return response.text();
}

/** The value of one series (0 when absent), e.g. value(text, 'ofm_onboarding_activations_total'). */
function value(text: string, series: string): number {
  const line = text.split("\n").find((candidate) => candidate.startsWith(`${series} `));
  return line ? Number(line.slice(series.length + 1)) : 0;
}

describe("GET /metrics", () => {
  it("counts registrations, emails, webhooks, activations and request durations", async () => {
    const before = await scrape();

    expect((await callRoute(register, "POST", "/api/v1/auth/register", { body: { email: uniqueEmail(), password: "violet tram orbit canvas" } })).status).toBe(201);
    const creator = await createCreatorReadyForPayouts();
    const { accountId } = await startPayoutsOnboarding(creator.id);
    for (const event of await stripeSandbox.completeOnboarding(accountId, "complete", { hold: true })) await deliverEvent(event);
    await deliverWebhook('{"id":"evt_forged"}', "t=1,v1=00");
    // Emails leave through the outbox.
    await drainOutbox();

    const after = await scrape();
    const delta = (series: string) => value(after, series) - value(before, series);
    expect(delta('ofm_onboarding_registrations_total{outcome="created"}')).toBe(1);
    expect(delta('ofm_onboarding_emails_total{template="verify-email",outcome="sent"}')).toBe(1);
    expect(delta("ofm_onboarding_stripe_accounts_created_total")).toBe(1);
    expect(delta('ofm_onboarding_webhooks_received_total{type="account.updated",outcome="processed"}')).toBe(1);
    expect(delta('ofm_onboarding_webhooks_received_total{type="capability.updated",outcome="processed"}')).toBe(2);
    expect(delta('ofm_onboarding_webhooks_received_total{type="other",outcome="signature_invalid"}')).toBe(1);
    expect(delta("ofm_onboarding_activations_total")).toBe(1);
    expect(delta('ofm_onboarding_payout_transitions_total{change="activated"}')).toBe(1);
    expect(delta('ofm_onboarding_emails_total{template="welcome",outcome="sent"}')).toBe(1);
    expect(delta('ofm_onboarding_outbox_deliveries_total{outcome="sent"}')).toBeGreaterThanOrEqual(3);
    expect(delta('ofm_onboarding_step_transitions_total{step="stripe_completed"}')).toBe(1);
    expect(delta('ofm_onboarding_webhook_processing_seconds_count{outcome="processed"}')).toBe(4);
    expect(delta('ofm_onboarding_http_request_duration_seconds_count{route="/api/v1/auth/register",method="POST",status="201"}')).toBe(1);
    expect(after).toContain("ofm_onboarding_outbox_pending ");
    expect(after).toContain("ofm_onboarding_outbox_oldest_pending_age_seconds ");
    expect(after).toContain("ofm_onboarding_outbox_dead ");
    expect(after).toContain("ofm_onboarding_process_cpu_seconds_total");
    expect(after).not.toMatch(/user_id|cm[a-z0-9]{20,}|acct_/);
  });
});

describe("GET /metrics in production", () => {
  const PRODUCTION = { NODE_ENV: "production", ALLOW_SANDBOX_IN_PRODUCTION: "true", AUTH_SECRET: "p".repeat(40), FRONTEND_URL: "http://127.0.0.1:3000" };
  const scrapeWith = (authorization?: string) => scrapeRoute(new Request("http://localhost/metrics", { headers: authorization ? { authorization } : {} }));

  it("answers only a scraper with the exact METRICS_TOKEN", async () => {
    await withEnv({ ...PRODUCTION, METRICS_TOKEN: "scrape-token-0123456789" }, async () => {
      expect((await scrapeWith()).status).toBe(403);
      expect((await scrapeWith("Bearer scrape-token-0123456788")).status).toBe(403);
      expect((await scrapeWith("Bearer scrape-token")).status).toBe(403);
      const allowed = await scrapeWith("Bearer scrape-token-0123456789");
      expect(allowed.status).toBe(200);
      expect(await allowed.text()).toContain("ofm_onboarding_outbox_pending");
    });
  });

  it("answers no one while METRICS_TOKEN is unset", async () => {
    await withEnv({ ...PRODUCTION, METRICS_TOKEN: undefined }, async () => {
      expect((await scrapeWith("Bearer ")).status).toBe(403);
      expect((await scrapeWith()).status).toBe(403);
    });
  });
});
