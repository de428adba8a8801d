import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { startPayoutsOnboarding } from "@/lib/onboarding/payouts";
import { stripeSandbox } from "../../support/integration-database";
import { startRecordingServer } from "../../support/recording-server";
import { createCreatorReadyForPayouts } from "../../factories/users";

// The Stripe sandbox's own pages and controls, over HTTP as a browser and the e2e tests use
// them: the hosted onboarding (an Account Link is single-use), the Express dashboard, and the
// webhook deliveries it makes like Stripe (signed, retried after a failure).

let receiver: Awaited<ReturnType<typeof startRecordingServer>>;
const received = () => receiver.received.map((delivery) => ({ signature: delivery.headers["stripe-signature"] as string | undefined, type: JSON.parse(delivery.body).type as string }));

beforeAll(async () => {
  receiver = await startRecordingServer({ failFirst: 1 });
  stripeSandbox.setWebhookUrl(`${receiver.url}/webhook`);
});

afterAll(async () => {
  stripeSandbox.setWebhookUrl(undefined);
  await receiver.close();
});

const get = (url: string) => fetch(url, { redirect: "manual" });

describe("the sandbox's hosted onboarding", () => {
  it("shows the form once, sends a second visit to refresh_url, and on submit returns to return_url and delivers signed events, retrying a failure", async () => {
    const creator = await createCreatorReadyForPayouts();
    const { onboardingUrl, accountId } = await startPayoutsOnboarding(creator.id);
    const page = await get(onboardingUrl);
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).toContain(creator.email);
    expect(html).toMatch(/<form[^>]+method="post"/i);

    const again = await get(onboardingUrl);
    expect(again.status).toBe(302);
    expect(again.headers.get("location")).toMatch(/\/onboarding\/stripe\/refresh$/);

    expect((await get(`${onboardingUrl}/submit`)).status).toBe(405);
    const submitted = await fetch(`${onboardingUrl}/submit`, { method: "POST", redirect: "manual", headers: { "content-type": "application/x-www-form-urlencoded" }, body: "outcome=complete" });
    expect(submitted.status).toBe(303);
    expect(submitted.headers.get("location")).toMatch(/\/onboarding\/stripe\/return$/);
    expect(received().map((event) => event.type)).toContain("account.updated");
    expect(received().every((event) => /^t=\d+,v1=[0-9a-f]{64}$/.test(event.signature ?? ""))).toBe(true);
    expect(receiver.failuresLeft()).toBe(0);
    expect(await stripeSandbox.account(accountId)).toMatchObject({ charges_enabled: true, payouts_enabled: true, details_submitted: true });

    const dashboard = await get(`${stripeSandbox.url}/express/${accountId}`);
    expect(await dashboard.text()).toContain(`Sandbox account ${accountId}`);
    expect(await db.creatorProfile.count({ where: { stripeAccountId: accountId } })).toBe(1);
  });

  it("answers 404 for a link it never issued and for routes it does not have", async () => {
    expect((await get(`${stripeSandbox.url}/connect/onboarding/link_doesnotexist`)).status).toBe(404);
    const unknown = await get(`${stripeSandbox.url}/nowhere`);
    expect(unknown.status).toBe(404);
    expect(await unknown.json()).toMatchObject({ error: { type: "invalid_request_error" } });
  });
});

describe("the sandbox's controls", () => {
  it("drives an account to an outcome, revokes access, lists its events, and injects faults over HTTP", async () => {
    const creator = await createCreatorReadyForPayouts();
    const { accountId } = await startPayoutsOnboarding(creator.id);
    const outcome = await fetch(`${stripeSandbox.url}/sandbox/accounts/${accountId}/outcome`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ outcome: "needs_information" }) });
    expect(outcome.status).toBe(200);
    expect((await outcome.json()).data.length).toBeGreaterThan(0);
    expect(await stripeSandbox.account(accountId)).toMatchObject({ charges_enabled: false });

    const revoked = await fetch(`${stripeSandbox.url}/sandbox/accounts/${accountId}/revoke`, { method: "POST" });
    expect((await revoked.json()).data.map((event: { type: string }) => event.type)).toContain("account.application.deauthorized");

    const events = (await (await get(`${stripeSandbox.url}/sandbox/events`)).json()) as { data: Array<{ account: string }> };
    expect(events.data.some((event) => event.account === accountId)).toBe(true);

    const fault = await fetch(`${stripeSandbox.url}/sandbox/faults`, { method: "POST", body: JSON.stringify({ kind: "server_error", rate: 1 }) });
    expect(await fault.json()).toEqual({ fault: { kind: "server_error", rate: 1 } });
    expect((await fetch(`${stripeSandbox.url}/v1/accounts/${accountId}`, { headers: { authorization: "Bearer sk_test_ofm_sandbox" } })).status).toBe(500);
    await fetch(`${stripeSandbox.url}/sandbox/faults`, { method: "POST", body: "" });
    expect((await fetch(`${stripeSandbox.url}/v1/accounts/${accountId}`, { headers: { authorization: "Bearer sk_test_ofm_sandbox" } })).status).not.toBe(500);
  });
});
