import { expect, test } from "@playwright/test";
import { acceptTerms, expectAccessible, fillProfile, finishStripeOnboarding, screenshot, verifiedCreator } from "./support";

test("payouts lost after activation: the dashboard says why and by when, and a fresh link brings them back", async ({ page, request }) => {
  await verifiedCreator(page);
  await acceptTerms(page);
  await fillProfile(page, "paused.creator");
  await page.getByRole("button", { name: "Save and continue" }).click();
  await page.getByRole("button", { name: "Connect payouts with Stripe" }).click();
  // On Stripe's (sandbox) hosted page: where Stripe is, and which account it is.
  await expect(page.getByRole("heading", { name: "Set up payouts" })).toBeVisible();
  const stripe = new URL(page.url()).origin;
  const accountId = (await page.getByText(/Account acct_/).textContent())!.match(/acct_\w+/)![0];
  await finishStripeOnboarding(page, /Complete/);
  await expect(page.getByTestId("payout-state")).toHaveText("Payouts active");

  // Weeks later, Stripe refuses the identity document as expired and pauses payouts.
  expect((await request.post(`${stripe}/sandbox/accounts/${accountId}/outcome`, { data: { outcome: "document_expired" } })).ok()).toBe(true);
  await expect(async () => {
    await page.goto("/dashboard");
    await expect(page.getByTestId("payout-state")).toHaveText("Payouts paused", { timeout: 1000 });
  }).toPass({ timeout: 15_000 });
  await expect(page.getByText("Your payouts are paused").first()).toBeVisible();
  await expect(page.getByText("A photo of your identity document")).toBeVisible();
  await expect(page.getByTestId("payout-errors")).toContainText("has expired");
  await expect(page.getByTestId("payout-deadline")).toContainText("Stripe needs it by");
  await expectAccessible(page);
  await screenshot(page, "payouts-paused-dashboard");

  // The fresh-link path: back to Stripe, fixed, back to active.
  await page.getByRole("button", { name: "Resume with Stripe" }).click();
  await finishStripeOnboarding(page, /Complete/);
  await expect(page.getByTestId("payout-state")).toHaveText("Payouts active");
  await page.goto("/dashboard");
  await expect(page.getByTestId("payout-state")).toHaveText("Payouts active");
});
