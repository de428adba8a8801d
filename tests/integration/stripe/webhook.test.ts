import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { startPayoutsOnboarding, syncPayouts } from "@/lib/onboarding/payouts";
import { stripeSandbox } from "../../support/integration-database";
import { deliverEvent, deliverWebhook, foreignEvent, signWithTimestamp } from "../../support/stripe";
import { statementsDuring } from "../../support/query-count";
import { createCreatorReadyForPayouts } from "../../factories/users";

async function creatorWithAccount() {
  const creator = await createCreatorReadyForPayouts();
  const { accountId } = await startPayoutsOnboarding(creator.id);
  return { creator, accountId };
}

async function counts(userId: string) {
  return {
    events: await db.stripeEvent.count(),
    outbox: await db.outboxEvent.count({ where: { name: "creator/activated", payload: { path: ["userId"], equals: userId } } }),
  };
}

describe("POST /api/v1/webhooks/stripe", () => {
  it("activates a creator once, even when every event is delivered three times", async () => {
    const { creator, accountId } = await creatorWithAccount();
    const events = await stripeSandbox.completeOnboarding(accountId, "complete", { hold: true });
    const before = await db.stripeEvent.count();

    const outcomes: string[] = [];
    for (let copy = 0; copy < 3; copy++) {
      for (const event of events) {
        const response = await deliverEvent(event);
        expect(response.status).toBe(200);
        outcomes.push(response.body.data.outcome);
      }
    }
    expect(outcomes.filter((outcome) => outcome === "processed")).toHaveLength(events.length);
    expect(outcomes.filter((outcome) => outcome === "duplicate")).toHaveLength(events.length * 2);
    expect(await db.stripeEvent.count()).toBe(before + events.length);
    // The row keeps the event as Stripe sent it, at Stripe's time.
    const sent = JSON.parse(events[0].payload) as { id: string; type: string; created: number };
    const stored = await db.stripeEvent.findUniqueOrThrow({ where: { id: sent.id } });
    expect(stored).toMatchObject({ type: sent.type, accountId, livemode: false, createdAt: new Date(sent.created * 1000), payload: sent });
    expect(stored.processedAt).toBeInstanceOf(Date);

    const profile = await db.creatorProfile.findUniqueOrThrow({ where: { userId: creator.id } });
    expect(profile).toMatchObject({ stripeOnboardingCompleted: true, stripeChargesEnabled: true, stripePayoutsEnabled: true, onboardingCompleted: true, stripeRequirementsDue: [] });
    expect(profile.activatedAt).toBeInstanceOf(Date);
    const session = await db.onboardingSession.findUniqueOrThrow({ where: { userId: creator.id } });
    expect(session).toMatchObject({ currentStep: "completed", completed: true });
    expect(session.stripeCompletedAt).toEqual(profile.activatedAt);
    expect((await counts(creator.id)).outbox).toBe(1);
  });

  it("concurrent duplicate deliveries still have their effects once", async () => {
    const { creator, accountId } = await creatorWithAccount();
    const [, , , accountUpdated] = await stripeSandbox.completeOnboarding(accountId, "complete", { hold: true });
    const responses = await Promise.all(Array.from({ length: 6 }, () => deliverEvent(accountUpdated)));
    expect(responses.every((response) => response.status === 200)).toBe(true);
    expect(responses.filter((response) => response.body.data.outcome === "processed")).toHaveLength(1);
    expect((await counts(creator.id)).outbox).toBe(1);
  });

  it("an older account.updated delivered after a newer one leaves the newest state", async () => {
    const { creator, accountId } = await creatorWithAccount();
    const older = await stripeSandbox.completeOnboarding(accountId, "needs_information", { hold: true });
    const newer = await stripeSandbox.completeOnboarding(accountId, "complete", { hold: true });
    for (const event of [...newer].reverse()) await deliverEvent(event);
    for (const event of [...older].reverse()) expect((await deliverEvent(event)).status).toBe(200);
    const profile = await db.creatorProfile.findUniqueOrThrow({ where: { userId: creator.id } });
    expect(profile).toMatchObject({ stripeChargesEnabled: true, stripePayoutsEnabled: true, stripeDisabledReason: null });
  });

  it("never lets an event's older copy overwrite a newer read", async () => {
    const { creator, accountId } = await creatorWithAccount();
    const older = (await stripeSandbox.completeOnboarding(accountId, "needs_information", { hold: true })).find((event) => event.type === "account.updated")!;
    await stripeSandbox.completeOnboarding(accountId, "complete", { hold: true });
    expect(await syncPayouts(creator.id)).toMatchObject({ outcome: "applied", change: "activated" });
    expect((await deliverEvent(older)).body.data.outcome).toBe("processed");
    expect(await db.creatorProfile.findUniqueOrThrow({ where: { userId: creator.id } })).toMatchObject({ stripeChargesEnabled: true, payoutState: "active", payoutsPausedAt: null });
    expect(await db.outboxEvent.count({ where: { name: "email/payouts-paused", payload: { path: ["userId"], equals: creator.id } } })).toBe(0);
  });

  it("records 'needs more information' with the requirements, without activating", async () => {
    const { creator, accountId } = await creatorWithAccount();
    for (const event of await stripeSandbox.completeOnboarding(accountId, "needs_information", { hold: true })) await deliverEvent(event);
    const profile = await db.creatorProfile.findUniqueOrThrow({ where: { userId: creator.id } });
    expect(profile).toMatchObject({ stripeOnboardingCompleted: true, stripeChargesEnabled: false, activatedAt: null, stripeDisabledReason: "requirements.past_due" });
    expect((await counts(creator.id)).outbox).toBe(0);
  });

  it.each([
    ["a wrong signature", (payload: string) => deliverWebhook(payload, "t=1,v1=deadbeef")],
    ["no signature header", (payload: string) => deliverWebhook(payload, "")],
    ["a tampered body", (payload: string, header: string) => deliverWebhook(payload.replace('"charges_enabled":true', '"charges_enabled":false'), header)],
    ["a timestamp outside the tolerance", (payload: string) => deliverWebhook(payload, signWithTimestamp(payload, Math.floor(Date.now() / 1000) - 600))],
  ])("answers 400 to %s and writes nothing", async (_name, deliver) => {
    const { creator, accountId } = await creatorWithAccount();
    await stripeSandbox.completeOnboarding(accountId, "complete", { hold: true });
    const { payload, header } = await stripeSandbox.signedEvent(accountId);
    const before = await counts(creator.id);
    expect(payload).toContain('"charges_enabled":true');
    const response = await deliver(payload, header);
    expect(response.status).toBe(400);
    expect(response.body.error.code).toBe("signature_invalid");
    expect(await counts(creator.id)).toEqual(before);
    expect((await db.creatorProfile.findUniqueOrThrow({ where: { userId: creator.id } })).activatedAt).toBeNull();
  });

  it("answers 200 to event types it does not handle, and ignores them", async () => {
    const { creator, accountId } = await creatorWithAccount();
    const before = await counts(creator.id);
    const response = await deliverWebhook(foreignEvent("payout.paid", accountId));
    expect(response.status).toBe(200);
    expect(response.body.data.outcome).toBe("ignored");
    expect(await counts(creator.id)).toEqual(before);
  });

  it("two snapshots of the same second delivered at once end on Stripe's state, whichever lands first", async () => {
    for (let round = 0; round < 6; round++) {
      const creator = await createCreatorReadyForPayouts();
      const { accountId } = await startPayoutsOnboarding(creator.id);
      const first = (await stripeSandbox.completeOnboarding(accountId, "verifying", { hold: true })).filter((event) => event.type === "account.updated");
      const second = (await stripeSandbox.completeOnboarding(accountId, "complete", { hold: true })).filter((event) => event.type === "account.updated");
      const events = round % 2 ? [...second, ...first] : [...first, ...second];
      const answers = await Promise.all(events.map((event) => deliverEvent(event)));
      expect(answers.map((answer) => answer.status)).toEqual(events.map(() => 200));
      expect(await db.creatorProfile.findUniqueOrThrow({ where: { userId: creator.id } })).toMatchObject({ payoutState: "active", stripeChargesEnabled: true, stripePayoutsEnabled: true });
    }
  });

  it("applies a newer account.updated from its own copy, without a Stripe call, in one transaction with its record", async () => {
    const { creator, accountId } = await creatorWithAccount();
    await stripeSandbox.completeOnboarding(accountId, "needs_information", { hold: true });
    const { event } = await stripeSandbox.signedEvent(accountId, "account.updated", { created: Math.floor(Date.now() / 1000) + 5 });
    const reads = stripeSandbox.apiRequests();
    let response: Awaited<ReturnType<typeof deliverEvent>> | undefined;
    const statements = await statementsDuring(async () => {
      response = await deliverEvent(event);
    });
    expect(response!.body.data).toMatchObject({ outcome: "processed" });
    expect(stripeSandbox.apiRequests()).toBe(reads);
    const verbs = statements.map((statement) => statement.trim().split(/\s+/)[0].toUpperCase());
    // Lock, read, record the event, store the state, and queue the "needs more information" email;
    // then the reminders (lib/onboarding/nudges.ts): the stall moves from "payouts not finished" to
    // "Stripe needs information" (lock, read, store it, cancel the old plan and tell the job engine,
    // note the sent ones moved on, plan the new one). One transaction.
    expect(verbs.slice(verbs.indexOf("BEGIN"))).toEqual(["BEGIN", "SELECT", "SELECT", "INSERT", "UPDATE", "INSERT", "SELECT", "SELECT", "SELECT", "UPDATE", "UPDATE", "INSERT", "UPDATE", "INSERT", "INSERT", "COMMIT"]);
    const created = new Date(JSON.parse(event.payload).created * 1000);
    expect(await db.creatorProfile.findUniqueOrThrow({ where: { userId: creator.id } })).toMatchObject({ stripeDisabledReason: "requirements.past_due", stripeStateAt: created, stripeEventAt: created });
  });

  it("a copy already recorded is a duplicate: nothing applied, the lock released", async () => {
    const { creator, accountId } = await creatorWithAccount();
    await stripeSandbox.completeOnboarding(accountId, "complete", { hold: true });
    const { event } = await stripeSandbox.signedEvent(accountId, "account.updated", { created: Math.floor(Date.now() / 1000) + 5 });
    const sent = JSON.parse(event.payload) as { id: string; created: number };
    await db.stripeEvent.create({ data: { id: sent.id, type: "account.updated", accountId, livemode: false, createdAt: new Date(sent.created * 1000), processedAt: new Date(), payload: sent } });
    expect((await deliverEvent(event)).body.data.outcome).toBe("duplicate");
    expect(await db.creatorProfile.findUniqueOrThrow({ where: { userId: creator.id } })).toMatchObject({ activatedAt: null, stripeChargesEnabled: false });
    const next = await stripeSandbox.signedEvent(accountId, "account.updated", { created: sent.created + 5 });
    expect((await deliverEvent(next.event)).body.data.outcome).toBe("processed");
    expect((await db.creatorProfile.findUniqueOrThrow({ where: { userId: creator.id } })).activatedAt).toBeInstanceOf(Date);
  });

  it("answers an event that names no connected account with 2xx ignored", async () => {
    const payload = JSON.stringify({ ...JSON.parse(foreignEvent("capability.updated", "acct_x")), account: undefined, data: { object: { id: "transfers", object: "capability" } } });
    const response = await deliverWebhook(payload);
    expect(response.status).toBe(200);
    expect(response.body.data).toMatchObject({ outcome: "ignored", reason: "no_account" });
  });

  it("a rolled API key is an operator's problem: 503, nothing recorded, so Stripe redelivers once it is fixed", async () => {
    const creator = await createCreatorReadyForPayouts();
    const { accountId } = await startPayoutsOnboarding(creator.id);
    const accountUpdated = (await stripeSandbox.completeOnboarding(accountId, "complete", { hold: true })).find((event) => event.type === "capability.updated")!;
    stripeSandbox.setFault({ kind: "key_revoked", account: accountId });
    try {
      const response = await deliverEvent(accountUpdated);
      expect(response.status).toBe(503);
      expect(response.body.error.code).toBe("stripe_misconfigured");
      expect(await db.stripeEvent.count({ where: { id: accountUpdated.id } })).toBe(0);
    } finally {
      stripeSandbox.setFault(null);
    }
    expect((await deliverEvent(accountUpdated)).body.data.outcome).toBe("processed");
  });

  it("answers a live event in sandbox mode with 2xx ignored, so Stripe stops retrying, and applies nothing", async () => {
    const { creator, accountId } = await creatorWithAccount();
    const before = await counts(creator.id);
    const response = await deliverWebhook(foreignEvent("account.updated", accountId, true));
    expect(response.status).toBe(200);
    expect(response.body.data).toMatchObject({ outcome: "ignored", reason: "livemode_mismatch" });
    expect(await counts(creator.id)).toEqual(before);
  });

  it("writes the activation and its outbox row in one transaction", async () => {
    const { creator, accountId } = await creatorWithAccount();
    const events = await stripeSandbox.completeOnboarding(accountId, "complete", { hold: true });
    const accountUpdated = events.at(-1)!;
    await db.$executeRawUnsafe(`CREATE FUNCTION refuse_outbox() RETURNS trigger AS $$ BEGIN RAISE EXCEPTION 'outbox unavailable'; END $$ LANGUAGE plpgsql`);
    await db.$executeRawUnsafe(`CREATE TRIGGER refuse_outbox BEFORE INSERT ON outbox_events FOR EACH ROW EXECUTE FUNCTION refuse_outbox()`);
    try {
      const failed = await deliverEvent(accountUpdated);
      expect(failed.status).toBeGreaterThanOrEqual(500);
      expect(await db.creatorProfile.findUniqueOrThrow({ where: { userId: creator.id } })).toMatchObject({ activatedAt: null, stripeChargesEnabled: false });
      expect(await db.stripeEvent.count({ where: { id: accountUpdated.id } })).toBe(0);
    } finally {
      await db.$executeRawUnsafe(`DROP TRIGGER refuse_outbox ON outbox_events`);
      await db.$executeRawUnsafe(`DROP FUNCTION refuse_outbox()`);
    }
    const retried = await deliverEvent(accountUpdated);
    expect(retried.body.data.outcome).toBe("processed");
    expect((await counts(creator.id)).outbox).toBe(1);
  });
});
