import { createHash } from "node:crypto";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { startPayoutsOnboarding, syncPayouts } from "@/lib/onboarding/payouts";
import { SCALE } from "../../support/concurrency";
import { deliverWebhook } from "../../support/stripe";
import { createCreatorReadyForPayouts } from "../../factories/users";

// Bodies with a valid signature (what an attacker who had the secret, or a buggy Stripe, could
// send): the parser behind the signature check must give no 5xx and write nothing wrong.

const RUNS = Math.max(150, Math.round(600 * SCALE));

const hostileString = fc.oneof(fc.string({ maxLength: 40 }), fc.constantFrom("acct_", "acct_'; DROP TABLE users; --", "acct_\u0000", "acct_" + "x".repeat(5000), "evt_", "", "__proto__", "constructor"));
const eventTypes = fc.constantFrom("account.updated", "capability.updated", "person.created", "person.updated", "account.application.deauthorized", "payout.paid", "", "account.updated ");

const hostileEvent = fc.record(
  {
    id: fc.oneof(hostileString, fc.integer(), fc.constant(null)),
    object: fc.constantFrom("event", "account", 42, null),
    type: fc.oneof(eventTypes, fc.anything()),
    account: fc.oneof(hostileString, fc.integer(), fc.constant(undefined)),
    livemode: fc.oneof(fc.constant(false), fc.boolean(), fc.anything()),
    created: fc.oneof(fc.integer({ min: -1e12, max: 1e12 }), fc.double(), fc.string(), fc.constant(null)),
    data: fc.oneof(fc.record({ object: fc.oneof(fc.record({ id: hostileString, object: fc.constantFrom("account", "capability", "person", "application"), account: hostileString, charges_enabled: fc.anything() }, { requiredKeys: [] }), fc.anything()) }, { requiredKeys: [] }), fc.anything()),
    pending_webhooks: fc.anything(),
    request: fc.anything(),
  },
  { requiredKeys: [] },
);

/**
 * A well-formed envelope around hostile contents, about a real creator's account (with a type
 * that makes us read the account again from Stripe, whose answer does not change) or another.
 */
function envelopeAround(realAccount: string) {
  const target = fc.oneof(
    fc.record({ account: fc.constant(realAccount), type: fc.constantFrom("account.updated", "capability.updated", "person.created", "person.updated", "payout.paid") }),
    fc.record({ account: hostileString.filter((value) => value.length > 0 && value.length <= 255), type: eventTypes }),
  );
  return fc.tuple(target, fc.record({
    id: fc.string({ minLength: 1, maxLength: 60 }).map((suffix) => `evt_${suffix}`),
    object: fc.constant("event"),
    livemode: fc.boolean(),
    created: fc.integer({ min: 0, max: 4_000_000_000 }),
    api_version: fc.oneof(fc.constant(null), fc.string({ maxLength: 20 })),
    pending_webhooks: fc.integer({ min: 0, max: 5 }),
    data: fc.record({ object: fc.oneof(fc.record({ id: hostileString, object: fc.constantFrom("account", "capability", "person", "application"), account: hostileString, charges_enabled: fc.anything() }, { requiredKeys: [] }), fc.dictionary(fc.string(), fc.anything())) }),
  })).map(([about, event]) => ({ ...event, ...about }));
}

function signedBody(realAccount: string) {
  return fc.oneof(
    envelopeAround(realAccount).map((event) => JSON.stringify(event)),
    envelopeAround(realAccount).map((event) => JSON.stringify(event)),
    hostileEvent.map((event) => JSON.stringify(event)),
    fc.jsonValue().map((value) => JSON.stringify(value)),
    fc.string({ maxLength: 200 }),
  );
}

/** Everything about the creators, except when (and how many times) their account was last read from Stripe. */
async function fingerprintWithoutSyncTimes(): Promise<string> {
  const [profiles, users, outbox, runs] = await Promise.all([
    db.creatorProfile.findMany({ orderBy: { userId: "asc" }, omit: { stripeSyncedAt: true, stripeEventAt: true, stripeStateAt: true, stripeStateVersion: true, updatedAt: true } }),
    db.user.findMany({ orderBy: { id: "asc" } }),
    db.outboxEvent.count(),
    db.automationRun.count(),
  ]);
  return createHash("sha256").update(JSON.stringify({ profiles, users, outbox, runs })).digest("hex");
}

describe(`signed webhook bodies, malformed and hostile (${RUNS})`, () => {
  it("give no 5xx and change no creator", async () => {
    // A creator with an account, so a hostile event naming it exercises the full path.
    const creator = await createCreatorReadyForPayouts();
    const { accountId } = await startPayoutsOnboarding(creator.id);
    // Synced once, so a re-read from Stripe changes nothing but the time it was read.
    await syncPayouts(creator.id);
    const before = await fingerprintWithoutSyncTimes();
    const statuses = new Map<number, number>();
    await fc.assert(
      fc.asyncProperty(signedBody(accountId), async (payload) => {
        const response = await deliverWebhook(payload);
        statuses.set(response.status, (statuses.get(response.status) ?? 0) + 1);
        expect(response.status, JSON.stringify(response.body)).toBeLessThan(500);
      }),
      { numRuns: RUNS, seed: 2121 },
    );
    console.log(`signed fuzz: ${[...statuses].map(([status, count]) => `${status}×${count}`).join(" ")}`);
    // Many bodies were real events and were applied (200): all the creator's account could do
    // is be read again from Stripe, whose answer has not changed.
    expect(statuses.get(200) ?? 0).toBeGreaterThan(RUNS / 4);
    expect(await fingerprintWithoutSyncTimes()).toBe(before);
  });
});
