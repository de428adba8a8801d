import type Stripe from "stripe";
import { describe, expect, it } from "vitest";
import { accountIdOf } from "@/lib/stripe/events";
import { stripeDashboardAccountUrl } from "@/lib/stripe/links";
import { withEnv } from "../../support/env";

// Which connected account an event is about, and where the admin's "open in Stripe" link goes.

const event = ({ about, ...fields }: { account?: string; type?: string; about: Record<string, unknown> }) => ({ id: "evt_1", object: "event", type: "account.updated", ...fields, data: { object: about } }) as unknown as Stripe.Event;

describe("accountIdOf", () => {
  it("reads the Connect event's account, else the account object itself, else the object's account field", () => {
    expect(accountIdOf(event({ account: "acct_connect", about: { object: "account", id: "acct_other" } }))).toBe("acct_connect");
    expect(accountIdOf(event({ about: { object: "account", id: "acct_object" } }))).toBe("acct_object");
    expect(accountIdOf(event({ type: "capability.updated", about: { object: "capability", id: "transfers", account: "acct_owner" } }))).toBe("acct_owner");
    expect(accountIdOf(event({ type: "balance.available", about: { object: "balance" } }))).toBeUndefined();
  });
});

describe("stripeDashboardAccountUrl", () => {
  it("links test accounts under /test, live ones at the root, and nothing for sandbox accounts", async () => {
    await withEnv({ STRIPE_SECRET_KEY: "sk_test_123", STRIPE_WEBHOOK_SECRET: "whsec_test" }, () => {
      expect(stripeDashboardAccountUrl("acct_1/x")).toBe("https://dashboard.stripe.com/test/connect/accounts/acct_1%2Fx");
    });
    await withEnv({ STRIPE_SECRET_KEY: "sk_live_123", STRIPE_WEBHOOK_SECRET: "whsec_live" }, () => {
      expect(stripeDashboardAccountUrl("acct_1")).toBe("https://dashboard.stripe.com/connect/accounts/acct_1");
    });
    await withEnv({ STRIPE_SECRET_KEY: undefined, STRIPE_WEBHOOK_SECRET: undefined }, () => {
      expect(stripeDashboardAccountUrl("acct_1")).toBeNull();
    });
  });
});
