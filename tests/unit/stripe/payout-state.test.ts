import type Stripe from "stripe";
import { describe, expect, it } from "vitest";
import { accountFacts, canBePaid, storedRequirements } from "@/lib/stripe/facts";
import { payoutState, type PayoutFacts } from "@/lib/stripe/payout-state";

// What the creator's payouts are, from what Stripe says about the account.

const facts = (overrides: Partial<PayoutFacts> = {}): PayoutFacts => ({ hasAccount: true, disconnected: false, activated: false, detailsSubmitted: true, canBePaid: false, disabledReason: null, requirementsDue: [], ...overrides });

describe("payoutState", () => {
  it.each([
    ["no account yet", facts({ hasAccount: false }), "not_started"],
    ["access revoked", facts({ disconnected: true }), "disconnected"],
    ["every capability asked for active, payouts on", facts({ canBePaid: true }), "active"],
    ["rejected, even after activation", facts({ activated: true, disabledReason: "rejected.fraud" }), "rejected"],
    ["a rejection Stripe adds later", facts({ disabledReason: "rejected.some_new_reason" }), "rejected"],
    ["disabled after activation", facts({ activated: true, disabledReason: "requirements.past_due", requirementsDue: ["individual.id_number"] }), "paused"],
    ["under review", facts({ disabledReason: "under_review" }), "under_review"],
    ["a reason Stripe adds later, read as a review", facts({ disabledReason: "something_new" }), "under_review"],
    ["details submitted, more wanted", facts({ requirementsDue: ["individual.verification.document"] }), "needs_information"],
    ["not submitted, but Stripe already wants more", facts({ detailsSubmitted: false, disabledReason: "requirements.past_due", requirementsDue: ["tos_acceptance.date"] }), "needs_information"],
    ["not submitted yet", facts({ detailsSubmitted: false, requirementsDue: ["external_account"] }), "in_progress"],
    ["submitted, Stripe verifying", facts({ disabledReason: "requirements.pending_verification" }), "verifying"],
  ] as const)("%s → %s", (_name, input, expected) => {
    expect(payoutState(input)).toBe(expected);
  });
});

describe("canBePaid", () => {
  const account = (overrides: Partial<Parameters<typeof canBePaid>[0]>) => ({ serviceAgreement: "full" as const, capabilities: { card_payments: "active", transfers: "active" }, payoutsEnabled: true, ...overrides });
  it.each([
    ["a full account with both capabilities active and payouts on", account({}), true],
    ["a full account whose transfers went inactive", account({ capabilities: { card_payments: "active", transfers: "inactive" } }), false],
    ["a full account still pending card payments", account({ capabilities: { card_payments: "pending", transfers: "active" } }), false],
    ["a full account with payouts off", account({ payoutsEnabled: false }), false],
    ["a recipient account: transfers active and payouts on, no card payments (never charges_enabled)", account({ serviceAgreement: "recipient", capabilities: { transfers: "active" } }), true],
    ["a recipient account whose transfers are pending", account({ serviceAgreement: "recipient", capabilities: { transfers: "pending" } }), false],
  ] as const)("%s → %s", (_name, input, expected) => {
    expect(canBePaid(input)).toBe(expected);
  });
});

describe("accountFacts and storedRequirements", () => {
  it("reads an account with missing requirement lists as empty ones", () => {
    const account = { id: "acct_1", object: "account", requirements: { currently_due: null, errors: null, disabled_reason: "under_review" }, future_requirements: null } as unknown as Stripe.Account;
    expect(accountFacts(account)).toEqual({
      accountId: "acct_1",
      country: null,
      serviceAgreement: "full",
      capabilities: {},
      detailsSubmitted: false,
      chargesEnabled: false,
      payoutsEnabled: false,
      requirements: { currentlyDue: [], pastDue: [], eventuallyDue: [], pendingVerification: [], errors: [], currentDeadline: null, disabledReason: "under_review" },
      futureRequirements: { currentlyDue: [], pastDue: [], eventuallyDue: [], pendingVerification: [], errors: [], currentDeadline: null, disabledReason: null },
    });
  });

  it("reads stored JSON back with defaults, keeping only well-formed entries", () => {
    expect(storedRequirements(null)).toMatchObject({ currentlyDue: [], errors: [], currentDeadline: null });
    expect(storedRequirements({ currentlyDue: ["a", 1], errors: [{ requirement: "b", code: "c" }, { requirement: 2 }, null], currentDeadline: "soon" })).toMatchObject({
      currentlyDue: ["a"],
      errors: [{ requirement: "b", code: "c" }],
      currentDeadline: null,
    });
  });
});
