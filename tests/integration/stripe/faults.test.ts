import { afterEach, beforeAll, describe, expect, it } from "vitest";
import { GET as status } from "@/app/api/v1/onboarding/status/route";
import { POST as start } from "@/app/api/v1/stripe/connect/start/route";
import { GET as scrapeRoute } from "@/app/metrics/route";
import { performAdminAction } from "@/lib/admin/actions";
import { CreatorFilters, listCreators } from "@/lib/admin/creators";
import { createApiToken } from "@/lib/auth/session-token";
import { localRunnerIdle } from "@/lib/automation/local-runner";
import { db } from "@/lib/db";
import { NudgeSequence } from "@/lib/generated/prisma/enums";
import { env, resetEnvCache, STRIPE_SANDBOX_SECRET_KEY } from "@/lib/env";
import { resumePayoutsOnboarding, startPayoutsOnboarding, syncPayouts } from "@/lib/onboarding/payouts";
import { payoutView } from "@/lib/onboarding/wizard";
import { drainOutbox } from "@/lib/outbox/relay";
import { DISABLED_REASON_STATES } from "@/lib/stripe/payout-state";
import { LANGUAGES, translator, type MessageKey } from "@/lib/i18n";
import Stripe from "stripe";
import { callRoute } from "../../support/http";
import { stripeSandbox } from "../../support/integration-database";
import { emailsTo } from "../../support/mailbox";
import { deliverEvent, foreignEvent, deliverWebhook, sandboxAccounts } from "../../support/stripe";
import { createAdmin, createCreatorReadyForPayouts } from "../../factories/users";

beforeAll(() => {
  process.env.AUTOMATION_DELAY_SCALE = "0";
  // No reminders: one due outside the creator's daytime waits for the morning there (not
  // scaled), and localRunnerIdle() would wait with it. They have their own tests (onboarding/nudges.test.ts).
  process.env.NUDGE_SEQUENCES_OFF = Object.values(NudgeSequence).join(",");
  resetEnvCache();
});

afterEach(() => stripeSandbox.setFault(null));

async function creatorWithAccount() {
  const creator = await createCreatorReadyForPayouts();
  const { accountId } = await startPayoutsOnboarding(creator.id);
  return { creator, accountId };
}

/** An event without the account's snapshot (capability.updated): applying it needs a read of the account. */
function eventNeedingARead(events: Awaited<ReturnType<typeof stripeSandbox.completeOnboarding>>) {
  const event = events.find((candidate) => candidate.type === "capability.updated");
  if (!event) throw new Error("no capability.updated event");
  return event;
}

/** Stripe's outcome for the account, delivered as Stripe would (every event it causes). */
async function stripeSays(accountId: string, outcome: Parameters<typeof stripeSandbox.completeOnboarding>[1]) {
  const events = await stripeSandbox.completeOnboarding(accountId, outcome, { hold: true });
  for (const event of events) expect((await deliverEvent(event)).status).toBe(200);
  return events;
}

async function profileOf(userId: string) {
  return db.creatorProfile.findUniqueOrThrow({ where: { userId } });
}

async function metric(series: string): Promise<number> {
  const text = await (await scrapeRoute(new Request("http://localhost/metrics"))).text();
  const line = text.split("\n").find((candidate) => candidate.startsWith(`${series} `));
  return line ? Number(line.slice(series.length + 1)) : 0;
}

describe("transient Stripe failures", () => {
  it.each([
    ["429 with stripe-should-retry", "rate_limit"],
    ["500", "server_error"],
  ] as const)("a webhook that meets %s answers 503 with Retry-After, records nothing, and the redelivery applies", async (_name, kind) => {
    const { creator, accountId } = await creatorWithAccount();
    const accountUpdated = eventNeedingARead(await stripeSandbox.completeOnboarding(accountId, "complete", { hold: true }));
    stripeSandbox.setFault({ kind, account: accountId });
    const failed = await deliverEvent(accountUpdated);
    expect(failed.status).toBe(503);
    expect(failed.body.error.code).toBe("stripe_unavailable");
    expect(Number(failed.headers.get("retry-after"))).toBeGreaterThan(0);
    expect(await db.stripeEvent.count({ where: { id: accountUpdated.id } })).toBe(0);
    expect((await profileOf(creator.id)).activatedAt).toBeNull();

    stripeSandbox.setFault(null);
    expect((await deliverEvent(accountUpdated)).body.data.outcome).toBe("processed");
    expect((await profileOf(creator.id)).payoutState).toBe("active");
  });

  it("a single 429 is retried by the SDK and the event applies at once", async () => {
    const { creator, accountId } = await creatorWithAccount();
    const [, , , accountUpdated] = await stripeSandbox.completeOnboarding(accountId, "complete", { hold: true });
    stripeSandbox.setFault({ kind: "rate_limit", account: accountId, count: 1 });
    expect((await deliverEvent(accountUpdated)).body.data.outcome).toBe("processed");
    expect((await profileOf(creator.id)).payoutState).toBe("active");
  });

  it("a slow Stripe is waited for", async () => {
    const { creator, accountId } = await creatorWithAccount();
    const accountUpdated = eventNeedingARead(await stripeSandbox.completeOnboarding(accountId, "complete", { hold: true }));
    stripeSandbox.setFault({ kind: "slow", ms: 600, count: 1 });
    const started = performance.now();
    expect((await deliverEvent(accountUpdated)).body.data.outcome).toBe("processed");
    expect(performance.now() - started).toBeGreaterThanOrEqual(590);
    expect((await profileOf(creator.id)).payoutState).toBe("active");
  });

  it("connecting payouts while Stripe is down gives API clients 503 and keeps the attempt, so the retry makes one account", async () => {
    const creator = await createCreatorReadyForPayouts();
    const bearer = await createApiToken({ id: creator.id, email: creator.email, role: "creator", sessionVersion: 0 });
    stripeSandbox.setFault({ kind: "server_error" });
    const failed = await callRoute(start, "POST", "/api/v1/stripe/connect/start", { bearer, body: {} });
    expect(failed.status).toBe(503);
    expect(failed.body.error.code).toBe("stripe_unavailable");
    expect((await profileOf(creator.id)).stripeAccountRequestKey).toBeTruthy();
    stripeSandbox.setFault(null);
    expect((await callRoute(start, "POST", "/api/v1/stripe/connect/start", { bearer, body: {} })).status).toBe(200);
    expect((await sandboxAccounts()).filter((account) => account.metadata.user_id === creator.id)).toHaveLength(1);
  });
});

describe("permanent Stripe refusals", () => {
  it("an unsupported country is a 422 with its own code, and nothing is left half-made", async () => {
    const creator = await createCreatorReadyForPayouts();
    await db.creatorProfile.update({ where: { userId: creator.id }, data: { country: "US" } });
    const bearer = await createApiToken({ id: creator.id, email: creator.email, role: "creator", sessionVersion: 0 });
    const response = await callRoute(start, "POST", "/api/v1/stripe/connect/start", { bearer, body: {} });
    expect(response.status).toBe(422);
    expect(response.body.error).toMatchObject({ code: "stripe_country_unsupported", fields: { country: expect.any(String) } });
    expect(await profileOf(creator.id)).toMatchObject({ stripeAccountId: null, stripeAccountRequestKey: null });
  });

  it("an account a crash left unrecorded is found again through metadata.user_id, not created twice", async () => {
    const creator = await createCreatorReadyForPayouts();
    const stripe = new Stripe(STRIPE_SANDBOX_SECRET_KEY, { host: "127.0.0.1", port: new URL(stripeSandbox.url).port, protocol: "http" });
    const orphan = await stripe.accounts.create({ controller: { stripe_dashboard: { type: "express" } }, country: "FR", email: creator.email, metadata: { user_id: creator.id } });
    await db.creatorProfile.update({ where: { userId: creator.id }, data: { stripeAccountRequestKey: "lost-attempt", stripeAccountRequestedAt: new Date(Date.now() - 120_000) } });
    const { accountId } = await startPayoutsOnboarding(creator.id);
    expect(accountId).toBe(orphan.id);
    expect((await sandboxAccounts()).filter((account) => account.metadata.user_id === creator.id)).toHaveLength(1);
  });

  it("changed parameters on a retried attempt are a new request, not an idempotency_error", async () => {
    const creator = await createCreatorReadyForPayouts();
    stripeSandbox.setFault({ kind: "server_error" });
    await expect(startPayoutsOnboarding(creator.id)).rejects.toMatchObject({ code: "stripe_unavailable" });
    stripeSandbox.setFault(null);
    await db.creatorProfile.update({ where: { userId: creator.id }, data: { country: "DE" } });
    const { accountId } = await startPayoutsOnboarding(creator.id);
    expect((await stripeSandbox.account(accountId))?.country).toBe("DE");
  });
});

describe("access lost", () => {
  it("a 403 on the account read records the event, marks the account disconnected and answers 2xx", async () => {
    const { creator, accountId } = await creatorWithAccount();
    await stripeSays(accountId, "complete");
    const { event } = await stripeSandbox.signedEvent(accountId, "capability.updated", { created: Math.floor(Date.now() / 1000) + 5 });
    stripeSandbox.setFault({ kind: "revoked", account: accountId });
    const response = await deliverEvent(event);
    expect(response.status).toBe(200);
    expect(response.body.data.outcome).toBe("processed");
    expect(await db.stripeEvent.count({ where: { id: event.id } })).toBe(1);
    expect(await profileOf(creator.id)).toMatchObject({ payoutState: "disconnected", stripeDisconnectedAt: expect.any(Date), payoutsPausedAt: expect.any(Date) });
  });

  it("access lost while asking for an onboarding link, or on \"check again\": the account is marked disconnected and the creator told to reconnect", async () => {
    const { creator, accountId } = await creatorWithAccount();
    await stripeSandbox.revokeAccess(accountId, { hold: true });
    await expect(startPayoutsOnboarding(creator.id)).rejects.toMatchObject({ status: 409 });
    expect(await profileOf(creator.id)).toMatchObject({ payoutState: "disconnected", stripeDisconnectedAt: expect.any(Date) });

    const other = await creatorWithAccount();
    stripeSandbox.setFault({ kind: "revoked", account: other.accountId });
    expect(await syncPayouts(other.creator.id)).toMatchObject({ outcome: "applied" });
    expect(await profileOf(other.creator.id)).toMatchObject({ payoutState: "disconnected" });
  });

  it("\"check again\" before any account exists does nothing; resuming reuses the return and refresh pages the creator started with", async () => {
    const creator = await createCreatorReadyForPayouts();
    expect(await syncPayouts(creator.id)).toBeNull();
    const returnUrl = `${env().FRONTEND_URL}/onboarding/stripe/return?from=app`;
    await startPayoutsOnboarding(creator.id, { returnUrl });
    const before = (await sandboxAccounts()).length;
    const { onboardingUrl } = await resumePayoutsOnboarding(creator.id);
    expect((await sandboxAccounts()).length).toBe(before);
    const submitted = await fetch(`${onboardingUrl}/submit`, { method: "POST", redirect: "manual", headers: { "content-type": "application/x-www-form-urlencoded" }, body: "outcome=complete" });
    expect(submitted.headers.get("location")).toBe(returnUrl);
  });

  it("account.application.deauthorized disconnects the account without a Stripe read, and the creator can connect again", async () => {
    const { creator, accountId } = await creatorWithAccount();
    await stripeSays(accountId, "complete");
    const reads = stripeSandbox.apiRequests();
    const [deauthorized] = await stripeSandbox.revokeAccess(accountId, { hold: true });
    expect((await deliverEvent(deauthorized)).body.data.outcome).toBe("processed");
    expect(stripeSandbox.apiRequests()).toBe(reads);
    expect(await profileOf(creator.id)).toMatchObject({ payoutState: "disconnected" });
    const paused = (await emailsTo(creator.email)).find((message) => message.subject === "Your payouts are paused");
    expect(paused?.html).toContain("the agency can no longer reach it");

    const { accountId: fresh } = await startPayoutsOnboarding(creator.id);
    expect(fresh).not.toBe(accountId);
    await stripeSays(fresh, "complete");
    expect(await profileOf(creator.id)).toMatchObject({ payoutState: "active", payoutsPausedAt: null, stripeDisconnectedAt: null });
  });
});

describe("payouts lost after activation, and back", () => {
  it("paused: the creator sees why and by when, gets an email, the admin can filter and send a link; re-enabled without re-running the analyses", async () => {
    const { creator, accountId } = await creatorWithAccount();
    await stripeSays(accountId, "complete");
    await drainOutbox();
    await localRunnerIdle();
    const runs = await db.automationRun.count({ where: { userId: creator.id } });
    const pausedBefore = await metric('ofm_onboarding_payout_transitions_total{change="paused"}');

    await stripeSays(accountId, "document_expired");
    const profile = await profileOf(creator.id);
    expect(profile).toMatchObject({ payoutState: "paused", payoutsPausedAt: expect.any(Date), stripeCurrentDeadline: expect.any(Date), activatedAt: expect.any(Date) });
    expect(await metric('ofm_onboarding_payout_transitions_total{change="paused"}')).toBe(pausedBefore + 1);

    const bearer = await createApiToken({ id: creator.id, email: creator.email, role: "creator", sessionVersion: 0 });
    const view = (await callRoute(status, "GET", "/api/v1/onboarding/status", { bearer })).body.data.payout;
    expect(view).toMatchObject({ state: "paused", requirements_due: ["individual.verification.document"], requirement_errors: [{ code: "verification_document_expired" }], disabled_reason: "requirements.past_due" });
    expect(new Date(view.current_deadline).getTime()).toBeGreaterThan(Date.now());

    const email = (await emailsTo(creator.email)).find((message) => message.subject === "Your payouts are paused");
    expect(email?.html).toContain("A photo of your identity document");
    expect(email?.html).toContain("has expired");
    expect(email?.html).toContain("/onboarding/stripe/refresh");

    const admin = await createAdmin();
    const lost = await listCreators(admin, CreatorFilters.parse({ payout: "paused" }));
    expect(lost.rows.map((row) => row.id)).toContain(creator.id);
    expect(await performAdminAction(admin, creator.id, { action: "send_stripe_link" })).toMatchObject({ outcome: "success" });

    await stripeSays(accountId, "complete");
    expect(await profileOf(creator.id)).toMatchObject({ payoutState: "active", payoutsPausedAt: null });
    await drainOutbox();
    await localRunnerIdle();
    expect(await db.automationRun.count({ where: { userId: creator.id } })).toBe(runs);
    expect(await db.outboxEvent.count({ where: { name: "creator/activated", payload: { path: ["userId"], equals: creator.id } } })).toBe(1);
  });

  it("what Stripe wants while payouts are still active is shown with its deadline", async () => {
    const { creator, accountId } = await creatorWithAccount();
    await stripeSays(accountId, "due_soon");
    const profile = await profileOf(creator.id);
    expect(profile).toMatchObject({ payoutState: "active", stripeCurrentDeadline: expect.any(Date) });
    expect(profile.stripeRequirementsDue).toEqual(["individual.verification.additional_document"]);
    expect(profile.stripeFutureRequirements).toMatchObject({ eventuallyDue: ["individual.id_number"] });
    // Before the deadline: what Stripe will ask for later is on the dashboard with its own deadline.
    const view = payoutView(profile);
    expect(view.futureDue).toEqual(["individual.id_number"]);
    expect(view.futureDeadline!.getTime()).toBeGreaterThan(Date.now() + 59 * 86_400_000);
  });

  it("every disabled_reason of the Stripe API has a state and wording in every language", () => {
    for (const reason of Object.keys(DISABLED_REASON_STATES)) {
      for (const language of LANGUAGES) expect({ reason, language, known: translator(language).has(`payout.disabledReasons.${reason}` as MessageKey) }).toEqual({ reason, language, known: true });
    }
  });
});

describe("the Stripe API budget", () => {
  it("an event created before the newest one applied costs no Stripe call, a newer copy neither; a copy no newer than what we hold is read", async () => {
    const { creator, accountId } = await creatorWithAccount();
    await stripeSays(accountId, "complete");
    const held = await profileOf(creator.id);
    const eventAt = held.stripeEventAt!.getTime() / 1000;
    const stateAt = held.stripeStateAt!.getTime() / 1000;
    const reads = stripeSandbox.apiRequests();

    const old = await stripeSandbox.signedEvent(accountId, "capability.updated", { created: eventAt - 60 });
    expect((await deliverEvent(old.event)).body.data.outcome).toBe("processed");
    expect(stripeSandbox.apiRequests()).toBe(reads);

    const newer = await stripeSandbox.signedEvent(accountId, "account.updated", { created: stateAt + 30 });
    expect((await deliverEvent(newer.event)).body.data.outcome).toBe("processed");
    expect(stripeSandbox.apiRequests()).toBe(reads);
    expect((await profileOf(creator.id)).stripeStateAt).toEqual(new Date((stateAt + 30) * 1000));

    const tie = await stripeSandbox.signedEvent(accountId, "account.updated", { created: stateAt + 30 });
    expect((await deliverEvent(tie.event)).body.data.outcome).toBe("processed");
    expect(stripeSandbox.apiRequests()).toBe(reads + 1);
  });

  it("an event about an account that is not one of our creators costs no Stripe call", async () => {
    const reads = stripeSandbox.apiRequests();
    const response = await deliverWebhook(foreignEvent("account.updated", "acct_1SomeoneElse"));
    expect(response.body.data).toMatchObject({ outcome: "ignored", reason: "unknown_account" });
    expect(stripeSandbox.apiRequests()).toBe(reads);
  });

  it("a live event on a test endpoint is answered 2xx, ignored and counted", async () => {
    const before = await metric('ofm_onboarding_webhooks_received_total{type="account.updated",outcome="livemode_mismatch"}');
    expect((await deliverWebhook(foreignEvent("account.updated", "acct_1Live", true))).status).toBe(200);
    expect(await metric('ofm_onboarding_webhooks_received_total{type="account.updated",outcome="livemode_mismatch"}')).toBe(before + 1);
  });
});
