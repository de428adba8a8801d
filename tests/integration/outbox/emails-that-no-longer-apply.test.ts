import { describe, expect, it } from "vitest";
import { POST as register } from "@/app/api/v1/auth/register/route";
import { setAccountDisabled } from "@/lib/admin/team";
import { db } from "@/lib/db";
import { preparePayoutsLinkEmail, preparePayoutsPausedEmail, prepareWelcomeEmail } from "@/lib/onboarding/notifications";
import { withEnv } from "../../support/env";
import { callRoute, randomIp } from "../../support/http";
import { createAdmin, createCreator, createCreatorReadyForPayouts, uniqueEmail } from "../../factories/users";

// An email waits in the outbox between the transaction that wrote it and its delivery: by then
// it may no longer apply. Each one re-reads the account when it is prepared and is dropped if so.

describe("emails that no longer apply when their turn comes", () => {
  it("nothing is sent to a disabled account", async () => {
    const creator = await createCreator({ emailVerified: true });
    await setAccountDisabled(await createAdmin(), creator.id, true);
    expect(await prepareWelcomeEmail({ userId: creator.id })).toBeNull();
    expect(await preparePayoutsLinkEmail({ userId: creator.id })).toBeNull();
  });

  it("a payouts link is dropped once payouts are active, a paused notice once they are back", async () => {
    const creator = await createCreatorReadyForPayouts();
    expect(await preparePayoutsLinkEmail({ userId: creator.id })).toMatchObject({ content: { template: "payouts-link" } });
    await db.creatorProfile.update({ where: { userId: creator.id }, data: { payoutState: "active" } });
    expect(await preparePayoutsLinkEmail({ userId: creator.id })).toBeNull();
    expect(await preparePayoutsPausedEmail({ userId: creator.id })).toBeNull();
  });

  it("a paused notice without Stripe's reasons still says what to do, in the creator's language", async () => {
    const creator = await createCreatorReadyForPayouts();
    await db.creatorProfile.update({ where: { userId: creator.id }, data: { payoutState: "paused", payoutsPausedAt: new Date(), language: "fr", stripeRequirements: {} } });
    const email = await preparePayoutsPausedEmail({ userId: creator.id });
    expect(email).toMatchObject({ language: "fr", content: { template: "payouts-paused", props: { reasons: [expect.any(String)] } } });
    expect(email?.content.props).not.toHaveProperty("deadline");
  });
});

describe("registration without email verification", () => {
  it("tells the creator the account is ready to sign in", async () => {
    await withEnv({ FEATURE_EMAIL_VERIFICATION: "false" }, async () => {
      const response = await callRoute(register, "POST", "/api/v1/auth/register", { body: { email: uniqueEmail("no-verification"), password: "violet tram orbit canvas" }, ip: randomIp() });
      expect(response.status).toBe(201);
      expect(response.body.data).toMatchObject({ verificationRequired: false, message: "Your account is ready: sign in to continue." });
    });
  });
});
