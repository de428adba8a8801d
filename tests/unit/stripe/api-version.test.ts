import Stripe from "stripe";
import { describe, expect, it } from "vitest";
import { stripe, STRIPE_API_VERSION } from "@/lib/stripe/client";
import { withEnv } from "../../support/env";
import { startRecordingServer } from "../../support/recording-server";

// Every request is made at the pinned API version, which the webhook endpoint must share
// (README, "Payouts"); the pin moves only with the SDK, deliberately.

describe("the Stripe API version", () => {
  it("is sent with every request, whatever the account's default", async () => {
    const server = await startRecordingServer();
    try {
      await withEnv({ STRIPE_SECRET_KEY: undefined, STRIPE_SANDBOX_URL: server.url }, () => stripe().accounts.retrieve("acct_pinned").catch(() => undefined));
      expect(server.received.map((request) => request.headers["stripe-version"])).toEqual([STRIPE_API_VERSION]);
    } finally {
      await server.close();
    }
  });

  it("is the version this SDK release was generated for (upgrading stripe moves the pin and the endpoint together)", () => {
    expect(STRIPE_API_VERSION).toBe(Stripe.API_VERSION);
  });
});
