import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { deleteAccount } from "@/lib/auth/account-data";
import { db } from "@/lib/db";
import { runHousekeeping } from "@/lib/db/housekeeping";
import { resetEnvCache } from "@/lib/env";
import { metrics } from "@/lib/observability/metrics";
import { startPayoutsOnboarding, syncPayouts } from "@/lib/onboarding/payouts";
import { prepareAdminCreatorRejectedEmail, preparePayoutsNeedsInformationEmail, preparePayoutsRejectedEmail } from "@/lib/onboarding/notifications";
import { startStripeSandbox, type Outcome, type StripeSandbox } from "@/lib/sandbox/stripe";
import { stripeSandbox } from "../../support/integration-database";
import { deliverEvent, sandboxAccounts } from "../../support/stripe";
import { createAdmin, createCreatorReadyForPayouts } from "../../factories/users";

// Payouts as real Stripe decides them (issue 31): activation follows the capabilities the
// service agreement asked for, a key that cannot read accounts is not every creator leaving, and
// news is ordered by Stripe's clock, whatever ours says. The sandbox answers as Stripe would.

afterEach(() => {
  stripeSandbox.setFault(null);
  stripeSandbox.setClockOffset(0);
});

async function creatorWithAccount(country = "FR") {
  const creator = await createCreatorReadyForPayouts();
  if (country !== "FR") await db.creatorProfile.update({ where: { userId: creator.id }, data: { country } });
  const { accountId } = await startPayoutsOnboarding(creator.id);
  return { creator, accountId };
}

async function stripeSays(sandbox: StripeSandbox, accountId: string, outcome: Outcome) {
  for (const event of await sandbox.completeOnboarding(accountId, outcome, { hold: true })) expect((await deliverEvent(event)).status).toBe(200);
}

const profileOf = (userId: string) => db.creatorProfile.findUniqueOrThrow({ where: { userId } });
const emails = (userId: string, template: string) => db.outboxEvent.count({ where: { name: `email/${template}`, payload: { path: ["userId"], equals: userId } } });

async function platformProblems(reason: string): Promise<number> {
  return (await metrics().stripePlatformProblems.get()).values.find((value) => value.labels.reason === reason)?.value ?? 0;
}

describe("a FR platform: full service agreement", () => {
  it("asks for card_payments and transfers, and activates once both are active and payouts are on", async () => {
    const { creator, accountId } = await creatorWithAccount();
    const account = (await stripeSandbox.account(accountId))!;
    expect(account.capabilities).toEqual({ card_payments: "inactive", transfers: "inactive" });
    expect(account).toMatchObject({ charges_enabled: false, payouts_enabled: false });

    await stripeSays(stripeSandbox, accountId, "verifying");
    expect((await stripeSandbox.account(accountId))!.capabilities).toEqual({ card_payments: "pending", transfers: "pending" });
    expect((await profileOf(creator.id)).activatedAt).toBeNull();

    await stripeSays(stripeSandbox, accountId, "complete");
    expect(await stripeSandbox.account(accountId)).toMatchObject({ capabilities: { card_payments: "active", transfers: "active" }, charges_enabled: true, payouts_enabled: true });
    expect(await profileOf(creator.id)).toMatchObject({ payoutState: "active", stripeChargesEnabled: true });
    expect(await emails(creator.id, "welcome")).toBe(1);
  });

  it("a capability going inactive after activation pauses payouts and tells the creator, once", async () => {
    const { creator, accountId } = await creatorWithAccount();
    await stripeSays(stripeSandbox, accountId, "complete");
    await stripeSays(stripeSandbox, accountId, "capabilities_inactive");
    expect((await stripeSandbox.account(accountId))!.capabilities).toEqual({ card_payments: "inactive", transfers: "inactive" });
    const profile = await profileOf(creator.id);
    expect(profile).toMatchObject({ payoutState: "paused", stripeRequirementsDue: ["individual.id_number"] });
    expect(profile.payoutsPausedAt).toBeInstanceOf(Date);
    expect(await emails(creator.id, "payouts-paused")).toBe(1);

    await stripeSays(stripeSandbox, accountId, "complete");
    expect(await profileOf(creator.id)).toMatchObject({ payoutState: "active", payoutsPausedAt: null });
    expect(await db.outboxEvent.count({ where: { name: "creator/activated", payload: { path: ["userId"], equals: creator.id } } })).toBe(1);
  });
});

describe("what Stripe decided reaches the creator, and a refusal the admins", () => {
  it("a refusal emails the creator why and what to do, and every active admin; once", async () => {
    const admin = await createAdmin();
    const { creator, accountId } = await creatorWithAccount();
    await stripeSays(stripeSandbox, accountId, "rejected");
    await stripeSays(stripeSandbox, accountId, "rejected");
    expect(await emails(creator.id, "payouts-rejected")).toBe(1);
    expect(await db.outboxEvent.count({ where: { name: "email/admin-creator-rejected", payload: { path: ["adminId"], equals: admin.id } } })).toBe(1);
    const prepared = await preparePayoutsRejectedEmail({ userId: creator.id });
    expect(prepared).toMatchObject({ to: creator.email, content: { template: "payouts-rejected", props: { reason: "Stripe rejected the account." } } });
    const toAdmin = await prepareAdminCreatorRejectedEmail({ userId: creator.id, adminId: admin.id });
    expect(toAdmin).toMatchObject({ to: admin.email, content: { props: { creator_email: creator.email, creator_url: expect.stringContaining(`/admin/creators/${creator.id}`) } } });
  });

  it("more information wanted after the creator finished Stripe's pages is emailed with what and by when; not while they are still on them", async () => {
    const { creator, accountId } = await creatorWithAccount();
    // An account.updated while the creator is still on Stripe's pages: requirements due, nothing submitted.
    expect((await deliverEvent((await stripeSandbox.signedEvent(accountId, "account.updated")).event)).status).toBe(200);
    expect(await emails(creator.id, "payouts-needs-information")).toBe(0);
    await stripeSays(stripeSandbox, accountId, "document_expired");
    expect(await emails(creator.id, "payouts-needs-information")).toBe(1);
    const prepared = await preparePayoutsNeedsInformationEmail({ userId: creator.id });
    expect(prepared?.content).toMatchObject({ template: "payouts-needs-information", props: { reasons: expect.arrayContaining([expect.stringContaining("expired")]), deadline: expect.any(String) } });
  });
});

describe("a US platform with a creator abroad: recipient service agreement", () => {
  let usSandbox: StripeSandbox;
  const previous = { url: process.env.STRIPE_SANDBOX_URL, country: process.env.STRIPE_PLATFORM_COUNTRY };

  beforeAll(async () => {
    usSandbox = await startStripeSandbox({ databaseUrl: process.env.DATABASE_URL!, webhookSecret: process.env.STRIPE_SANDBOX_WEBHOOK_SECRET!, rateLimitPerSecond: 1000, platformCountry: "US" });
    process.env.STRIPE_SANDBOX_URL = usSandbox.url;
    process.env.STRIPE_PLATFORM_COUNTRY = "US";
    resetEnvCache();
  });

  afterAll(async () => {
    process.env.STRIPE_SANDBOX_URL = previous.url;
    if (previous.country === undefined) delete process.env.STRIPE_PLATFORM_COUNTRY;
    else process.env.STRIPE_PLATFORM_COUNTRY = previous.country;
    resetEnvCache();
    await usSandbox.close();
  });

  it("a GB creator gets a recipient account (transfers only) that never has charges_enabled, and is activated all the same", async () => {
    const { creator, accountId } = await creatorWithAccount("GB");
    const account = (await usSandbox.account(accountId))!;
    expect(account.capabilities).toEqual({ transfers: "inactive" });
    expect(account.tos_acceptance).toMatchObject({ service_agreement: "recipient" });

    await stripeSays(usSandbox, accountId, "complete");
    expect(await usSandbox.account(accountId)).toMatchObject({ capabilities: { transfers: "active" }, charges_enabled: false, payouts_enabled: true });
    const profile = await profileOf(creator.id);
    expect(profile).toMatchObject({ payoutState: "active", stripeChargesEnabled: false, stripePayoutsEnabled: true, onboardingCompleted: true });
    expect(profile.activatedAt).toBeInstanceOf(Date);
    expect(await emails(creator.id, "welcome")).toBe(1);
    expect(await db.outboxEvent.count({ where: { name: "creator/activated", payload: { path: ["userId"], equals: creator.id } } })).toBe(1);
  });

  it("a recipient account whose transfers go inactive is paused", async () => {
    const { creator, accountId } = await creatorWithAccount("GB");
    await stripeSays(usSandbox, accountId, "complete");
    await stripeSays(usSandbox, accountId, "capabilities_inactive");
    expect(await profileOf(creator.id)).toMatchObject({ payoutState: "paused" });
    expect(await emails(creator.id, "payouts-paused")).toBe(1);
  });
});

describe("a key that cannot read the accounts is the platform's problem, not creators leaving", () => {
  it("test keys swapped for live ones: 503 stripe_misconfigured, counted, the creator unchanged, not emailed, and no second account", async () => {
    const { creator, accountId } = await creatorWithAccount();
    await stripeSays(stripeSandbox, accountId, "complete");
    // The account was made with the other mode's key: Stripe answers 403 for it to ours.
    await db.creatorProfile.update({ where: { userId: creator.id }, data: { stripeAccountLivemode: true } });
    const before = await platformProblems("key_mode_mismatch");
    const event = (await stripeSandbox.signedEvent(accountId, "capability.updated")).event;
    stripeSandbox.setFault({ kind: "revoked", account: accountId });

    const answer = await deliverEvent(event);
    expect(answer.status).toBe(503);
    expect(answer.body.error.code).toBe("stripe_misconfigured");
    expect(await db.stripeEvent.count({ where: { id: event.id } })).toBe(0);
    expect(await platformProblems("key_mode_mismatch")).toBe(before + 1);

    await expect(syncPayouts(creator.id)).rejects.toMatchObject({ code: "stripe_misconfigured", status: 503 });
    await expect(startPayoutsOnboarding(creator.id)).rejects.toMatchObject({ code: "stripe_misconfigured", status: 503 });
    expect(await profileOf(creator.id)).toMatchObject({ stripeAccountId: accountId, stripeDisconnectedAt: null, payoutState: "active", payoutsPausedAt: null });
    expect(await emails(creator.id, "payouts-paused")).toBe(0);
    expect((await sandboxAccounts()).filter((account) => account.metadata.user_id === creator.id)).toHaveLength(1);

    // Keys put right: the redelivery applies, and nothing was lost.
    stripeSandbox.setFault(null);
    await db.creatorProfile.update({ where: { userId: creator.id }, data: { stripeAccountLivemode: false } });
    expect((await deliverEvent(event)).body.data.outcome).toBe("processed");
    expect(await profileOf(creator.id)).toMatchObject({ payoutState: "active", stripeDisconnectedAt: null });
  });

  it("a restricted key without Connect access (403 on the platform's own account too): 503, counted as key_refused", async () => {
    const { creator, accountId } = await creatorWithAccount();
    await stripeSays(stripeSandbox, accountId, "complete");
    const before = await platformProblems("key_refused");
    const event = (await stripeSandbox.signedEvent(accountId, "person.updated")).event;
    stripeSandbox.setFault({ kind: "key_restricted" });
    const answer = await deliverEvent(event);
    expect({ status: answer.status, code: answer.body.error?.code }).toEqual({ status: 503, code: "stripe_misconfigured" });
    expect(await platformProblems("key_refused")).toBe(before + 1);
    expect(await profileOf(creator.id)).toMatchObject({ stripeDisconnectedAt: null, payoutState: "active" });
    expect(await emails(creator.id, "payouts-paused")).toBe(0);
  });

  it("with a key that works, a 403 on the account is the creator gone: disconnected, and told", async () => {
    const { creator, accountId } = await creatorWithAccount();
    await stripeSays(stripeSandbox, accountId, "complete");
    const event = (await stripeSandbox.signedEvent(accountId, "capability.updated")).event;
    stripeSandbox.setFault({ kind: "revoked", account: accountId });
    expect((await deliverEvent(event)).body.data.outcome).toBe("processed");
    expect(await profileOf(creator.id)).toMatchObject({ payoutState: "disconnected" });
    expect(await emails(creator.id, "payouts-paused")).toBe(1);
  });
});

describe("ordering by Stripe's clock, whatever ours says", () => {
  it("Stripe two minutes ahead of us: an older copy delivered after the return page's read does not undo it", async () => {
    stripeSandbox.setClockOffset(120);
    const { creator, accountId } = await creatorWithAccount();
    const older = (await stripeSandbox.completeOnboarding(accountId, "needs_information", { hold: true })).find((event) => event.type === "account.updated")!;
    await stripeSandbox.completeOnboarding(accountId, "complete", { hold: true });
    expect(await syncPayouts(creator.id)).toMatchObject({ change: "activated" });
    expect((await deliverEvent(older)).body.data.outcome).toBe("processed");
    expect(await profileOf(creator.id)).toMatchObject({ payoutState: "active", payoutsPausedAt: null });
    expect(await emails(creator.id, "payouts-paused")).toBe(0);
  });

  it("Stripe two minutes behind us: a newer copy after the return page's read is applied from the event, without a read", async () => {
    stripeSandbox.setClockOffset(-120);
    const { creator, accountId } = await creatorWithAccount();
    await stripeSandbox.completeOnboarding(accountId, "needs_information", { hold: true });
    await syncPayouts(creator.id);
    const readAt = (await profileOf(creator.id)).stripeStateAt!.getTime() / 1000;
    await stripeSandbox.completeOnboarding(accountId, "complete", { hold: true });
    const newer = (await stripeSandbox.signedEvent(accountId, "account.updated", { created: readAt + 5 })).event;
    const reads = stripeSandbox.apiRequests();
    expect((await deliverEvent(newer)).body.data.outcome).toBe("processed");
    expect(stripeSandbox.apiRequests()).toBe(reads);
    expect(await profileOf(creator.id)).toMatchObject({ payoutState: "active" });
  });
});

describe("personal data goes with the account", () => {
  it("deleting a creator keeps their Stripe events' ids (a redelivery is still a no-op) and drops the payloads and the link", async () => {
    const { creator, accountId } = await creatorWithAccount();
    const events = await stripeSandbox.completeOnboarding(accountId, "complete", { hold: true });
    for (const event of events) await deliverEvent(event);
    expect(JSON.stringify((await db.stripeEvent.findMany({ where: { accountId } })).map((row) => row.payload))).toContain(creator.email);

    await deleteAccount(creator.id, { actorId: creator.id });
    const rows = await db.stripeEvent.findMany({ where: { id: { in: events.map((event) => event.id) } } });
    expect(rows.map((row) => ({ id: row.id, payload: row.payload, accountId: row.accountId }))).toEqual(expect.arrayContaining(events.map((event) => ({ id: event.id, payload: {}, accountId: null }))));
    expect(rows).toHaveLength(events.length);
    expect((await deliverEvent(events[0])).body.data.outcome).toBe("duplicate");
  });

  it("processed events lose their payload after STRIPE_EVENT_RETENTION_DAYS (30), hourly, and keep their id", async () => {
    const { accountId } = await creatorWithAccount();
    const [old, recent] = await Promise.all([stripeSandbox.signedEvent(accountId, "person.updated"), stripeSandbox.signedEvent(accountId, "person.updated")]);
    await deliverEvent(old.event);
    await deliverEvent(recent.event);
    await db.stripeEvent.update({ where: { id: old.event.id }, data: { receivedAt: new Date(Date.now() - 31 * 86_400_000) } });

    expect(await runHousekeeping()).toMatchObject({ stripeEventPayloads: 1 });
    expect((await db.stripeEvent.findUniqueOrThrow({ where: { id: old.event.id } })).payload).toEqual({});
    expect((await db.stripeEvent.findUniqueOrThrow({ where: { id: recent.event.id } })).payload).toMatchObject({ id: recent.event.id });
    expect(await runHousekeeping()).toMatchObject({ stripeEventPayloads: 0 });
  });
});
