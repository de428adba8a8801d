import { describe, expect, it } from "vitest";
import { POST as start } from "@/app/api/v1/stripe/connect/start/route";
import { POST as issueToken } from "@/app/api/v1/auth/token/route";
import { db } from "@/lib/db";
import { resetEnvCache } from "@/lib/env";
import { expressDashboardUrl, startPayoutsOnboarding, syncPayouts } from "@/lib/onboarding/payouts";
import { callRoute } from "../../support/http";
import { stripeSandbox } from "../../support/integration-database";
import { sandboxAccounts } from "../../support/stripe";
import { createCreator, createCreatorReadyForPayouts, FACTORY_PASSWORD } from "../../factories/users";

async function bearerFor(email: string) {
  return (await callRoute(issueToken, "POST", "/api/v1/auth/token", { body: { email, password: FACTORY_PASSWORD } })).body.data.access_token as string;
}

function startAs(token: string, body: Record<string, unknown> = {}) {
  return callRoute(start, "POST", "/api/v1/stripe/connect/start", { bearer: token, body });
}

describe("POST /api/v1/stripe/connect/start", () => {
  it("creates one Express account, prefilled, and answers an onboarding link", async () => {
    const creator = await createCreatorReadyForPayouts();
    const token = await bearerFor(creator.email);
    const response = await startAs(token);
    expect(response.status).toBe(200);
    expect(response.body.data.onboarding_url).toMatch(new RegExp(`^${stripeSandbox.url}/connect/onboarding/link_`));

    const profile = await db.creatorProfile.findUniqueOrThrow({ where: { userId: creator.id } });
    const account = await stripeSandbox.account(profile.stripeAccountId!);
    // Created with controller properties (the current form of an Express account).
    expect(account).toMatchObject({ type: "express", email: creator.email, country: "FR", business_type: "individual", metadata: { user_id: creator.id } });
    expect(account!.controller).toMatchObject({ stripe_dashboard: { type: "express" }, requirement_collection: "stripe", losses: { payments: "application" } });
    expect(Object.keys(account!.capabilities).sort()).toEqual(["card_payments", "transfers"]);
    const session = await db.onboardingSession.findUniqueOrThrow({ where: { userId: creator.id } });
    expect(session.currentStep).toBe("stripe_started");
    expect(session.stripeStartedAt).toBeInstanceOf(Date);
  });

  it("a second start reuses the account and gives a fresh link", async () => {
    const creator = await createCreatorReadyForPayouts();
    const token = await bearerFor(creator.email);
    const before = (await sandboxAccounts()).length;
    const first = await startAs(token);
    const second = await startAs(token);
    expect((await sandboxAccounts()).length).toBe(before + 1);
    expect(second.body.data.onboarding_url).not.toBe(first.body.data.onboarding_url);
  });

  it("ten concurrent clicks create exactly one account", async () => {
    const creator = await createCreatorReadyForPayouts();
    const token = await bearerFor(creator.email);
    const before = (await sandboxAccounts()).length;
    const responses = await Promise.all(Array.from({ length: 10 }, () => startAs(token)));
    expect(responses.map((response) => response.status)).toEqual(Array(10).fill(200));
    expect((await sandboxAccounts()).length).toBe(before + 1);
    const ours = (await sandboxAccounts()).filter((account) => account.metadata.user_id === creator.id);
    expect(ours).toHaveLength(1);
  });

  it("refuses return and refresh URLs outside the front end with 400, creating nothing", async () => {
    const creator = await createCreatorReadyForPayouts();
    const token = await bearerFor(creator.email);
    const before = (await sandboxAccounts()).length;
    for (const body of [{ return_url: "https://evil.example/phish" }, { refresh_url: "javascript:alert(1)" }, { return_url: "http://localhost:3000.evil.example/x" }]) {
      const response = await startAs(token, body);
      expect(response.status).toBe(400);
      expect(response.body.error.code).toBe("return_url_not_allowed");
    }
    expect((await sandboxAccounts()).length).toBe(before);
    const allowed = await startAs(token, { return_url: "http://localhost:3000/onboarding/stripe/return?from=api" });
    expect(allowed.status).toBe(200);
  });

  it("refuses a creator who has not finished the earlier steps", async () => {
    const creator = await createCreator({ emailVerified: true });
    const token = await bearerFor(creator.email);
    const before = (await sandboxAccounts()).length;
    const response = await startAs(token);
    expect(response.status).toBe(409);
    expect(response.body.error.code).toBe("illegal_transition");
    expect((await sandboxAccounts()).length).toBe(before);
  });

  it("answers 404 feature_disabled when Stripe Connect is turned off", async () => {
    const creator = await createCreatorReadyForPayouts();
    const token = await bearerFor(creator.email);
    process.env.FEATURE_STRIPE_CONNECT = "false";
    resetEnvCache();
    try {
      const response = await startAs(token);
      expect(response.status).toBe(404);
      expect(response.body.error.code).toBe("feature_disabled");
    } finally {
      delete process.env.FEATURE_STRIPE_CONNECT;
      resetEnvCache();
    }
  });

  it("the return page's sync shows Stripe's state, not completion", async () => {
    const creator = await createCreatorReadyForPayouts();
    await startAs(await bearerFor(creator.email));
    const { stripeAccountId } = await db.creatorProfile.findUniqueOrThrow({ where: { userId: creator.id } });
    await stripeSandbox.completeOnboarding(stripeAccountId!, "needs_information", { hold: true });
    await syncPayouts(creator.id);
    const profile = await db.creatorProfile.findUniqueOrThrow({ where: { userId: creator.id } });
    expect(profile).toMatchObject({ stripeOnboardingCompleted: true, stripeChargesEnabled: false, stripePayoutsEnabled: false, stripeDisabledReason: "requirements.past_due", activatedAt: null, payoutState: "needs_information" });
    expect(profile.stripeRequirementsDue).toEqual(["individual.verification.document", "external_account"]);
  });
});

describe("Stripe Express dashboard", () => {
  it("gives an onboarded creator a login link, and refuses before onboarding", async () => {
    const creator = await createCreatorReadyForPayouts();
    const { accountId } = await startPayoutsOnboarding(creator.id);
    await expect(expressDashboardUrl(creator.id)).rejects.toMatchObject({ code: "payouts_not_ready" });
    await stripeSandbox.completeOnboarding(accountId, "complete", { hold: true });
    await syncPayouts(creator.id);
    expect(await expressDashboardUrl(creator.id)).toBe(`${stripeSandbox.url}/express/${accountId}`);
  });
});
