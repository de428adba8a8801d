import { afterEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import type { Outcome, SandboxEvent } from "@/lib/sandbox/stripe";
import { startPayoutsOnboarding } from "@/lib/onboarding/payouts";
import { mapConcurrently, SCALE, shuffled } from "../support/concurrency";
import { agreesWithStripe } from "../support/storm";
import { stripeSandbox } from "../support/integration-database";
import { deliverEvent } from "../support/stripe";
import { createCreatorReadyForPayouts } from "../factories/users";

const ACCOUNTS = Math.max(10, Math.round(200 * SCALE));
const DELIVERIES = Math.max(500, Math.round(10_000 * SCALE));
const COPIES = 3;
const OUTCOMES: Outcome[] = ["complete", "needs_information", "verifying", "rejected"];

/** Like Stripe: a delivery answered with anything but 2xx is delivered again (here at once). */
async function deliverUntilAccepted(event: SandboxEvent): Promise<{ status: number; attempts: number }> {
  for (let attempt = 1; ; attempt++) {
    const { status } = await deliverEvent(event);
    if (status === 200 || attempt === 10) return { status, attempts: attempt };
  }
}

describe.each([
  ["Stripe answering every read", null],
  ["Stripe answering 20 % of reads with 500", { kind: "server_error", rate: 0.2 }],
  ["Stripe answering 20 % of reads with 429", { kind: "rate_limit", rate: 0.2 }],
] as const)("webhook storm, %s", (_name, fault) => {
  afterEach(() => stripeSandbox.setFault(null));

  it(`${DELIVERIES} signed deliveries for ${ACCOUNTS} accounts, duplicated ×${COPIES} and shuffled, converge on Stripe's state with effects once`, async () => {
    const accounts = await mapConcurrently(Array.from({ length: ACCOUNTS }), 8, async () => {
      const creator = await createCreatorReadyForPayouts();
      return { userId: creator.id, accountId: (await startPayoutsOnboarding(creator.id)).accountId };
    });

    // Each account goes through a few onboarding outcomes (the last one is its final state),
    // then extra account.updated events until every account has its share of deliveries.
    const perAccount = Math.ceil(DELIVERIES / ACCOUNTS / COPIES);
    const events: SandboxEvent[] = [];
    for (const [index, { accountId }] of accounts.entries()) {
      const phases = [OUTCOMES[index % 4], OUTCOMES[(index + 1) % 4], index % 3 === 0 ? "complete" : OUTCOMES[(index + 2) % 4]] as Outcome[];
      const mine: SandboxEvent[] = [];
      for (const phase of phases) mine.push(...(await stripeSandbox.completeOnboarding(accountId, phase, { hold: true })));
      while (mine.length < perAccount) mine.push((await stripeSandbox.signedEvent(accountId)).event);
      events.push(...mine);
    }
    const deliveries = shuffled(events.flatMap((event) => Array.from({ length: COPIES }, () => event)));
    expect(deliveries.length).toBeGreaterThanOrEqual(DELIVERIES);

    stripeSandbox.setFault(fault && { ...fault });
    const started = Date.now();
    const results = await mapConcurrently(deliveries, 16, deliverUntilAccepted);
    const seconds = (Date.now() - started) / 1000;
    const redelivered = results.reduce((sum, result) => sum + result.attempts - 1, 0);
    console.log(`storm: ${deliveries.length} deliveries (${redelivered} redelivered after a 503) in ${seconds.toFixed(1)} s (${Math.round(deliveries.length / seconds)}/s)`);
    expect(results.filter((result) => result.status !== 200)).toEqual([]);
    stripeSandbox.setFault(null);

    expect(await db.stripeEvent.count({ where: { id: { in: events.map((event) => event.id) } } })).toBe(new Set(events.map((event) => event.id)).size);
    const divergent: string[] = [];
    for (const { userId, accountId } of accounts) {
      const stripeState = (await stripeSandbox.account(accountId))!;
      const profile = await db.creatorProfile.findUniqueOrThrow({ where: { userId } });
      const outbox = await db.outboxEvent.count({ where: { name: "creator/activated", payload: { path: ["userId"], equals: userId } } });
      const welcomes = await db.outboxEvent.count({ where: { name: "email/welcome", payload: { path: ["userId"], equals: userId } } });
      const matches =
        agreesWithStripe(profile, stripeState) &&
        profile.stripeDisabledReason === stripeState.requirements.disabled_reason &&
        outbox === (profile.activatedAt ? 1 : 0) &&
        welcomes === outbox;
      if (!matches) divergent.push(accountId);
    }
    console.log(`storm: ${accounts.length} accounts, ${divergent.length} divergent`);
    expect(divergent).toEqual([]);
  });
});
