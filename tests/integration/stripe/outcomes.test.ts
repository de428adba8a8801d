import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { startPayoutsOnboarding } from "@/lib/onboarding/payouts";
import { OUTCOMES, type Outcome } from "@/lib/sandbox/stripe-objects";
import { stripeSandbox } from "../../support/integration-database";
import { deliverEvent } from "../../support/stripe";
import { createCreatorReadyForPayouts } from "../../factories/users";

// Every outcome the sandbox's hosted onboarding offers, as Stripe would report it, through the
// signed webhook to the payout state the creator and the admins see.

const EXPECTED: Record<Outcome, { state: string; charges: boolean; payouts: boolean; activated: boolean }> = {
  complete: { state: "active", charges: true, payouts: true, activated: true },
  due_soon: { state: "active", charges: true, payouts: true, activated: true },
  needs_information: { state: "needs_information", charges: false, payouts: false, activated: false },
  document_expired: { state: "needs_information", charges: false, payouts: false, activated: false },
  verifying: { state: "verifying", charges: false, payouts: false, activated: false },
  under_review: { state: "under_review", charges: false, payouts: false, activated: false },
  rejected: { state: "rejected", charges: false, payouts: false, activated: false },
  payouts_paused: { state: "needs_information", charges: true, payouts: false, activated: false },
  capabilities_inactive: { state: "needs_information", charges: false, payouts: false, activated: false },
};

describe("each outcome of Stripe's hosted onboarding", () => {
  it.each(OUTCOMES.map((outcome) => outcome.value))("%s reaches the creator's profile through the webhook", async (outcome) => {
    const creator = await createCreatorReadyForPayouts();
    const { accountId } = await startPayoutsOnboarding(creator.id);
    for (const event of await stripeSandbox.completeOnboarding(accountId, outcome, { hold: true })) expect((await deliverEvent(event)).status).toBe(200);
    const profile = await db.creatorProfile.findUniqueOrThrow({ where: { userId: creator.id } });
    const expected = EXPECTED[outcome];
    expect({ state: profile.payoutState, charges: profile.stripeChargesEnabled, payouts: profile.stripePayoutsEnabled, activated: profile.activatedAt !== null }).toEqual(expected);
    expect(profile.stripeOnboardingCompleted).toBe(true);
  });
});
