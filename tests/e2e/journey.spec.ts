import { expect, test } from "@playwright/test";
import { acceptTerms, expectAccessible, fillProfile, finishStripeOnboarding, openEmailLink, registerInFrench, screenshot, signIn, uniqueEmail, verifiedCreator } from "./support";

test("the whole creator journey, from sign-up to the dashboard", async ({ page }) => {
  await verifiedCreator(page);
  await expect(page).toHaveTitle(/Step 2 of 4: Accept the terms/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Step 2 of 4: Accept the terms");
  await expect(page.getByRole("heading", { level: 1 })).toBeFocused();
  await expect(page.locator('[aria-current="step"]')).toContainText("Accept the terms");
  await expectAccessible(page);
  await screenshot(page, "journey-1-terms");

  await page.getByRole("button", { name: "Accept and continue" }).click();
  await expect(page.locator("#accept-error")).toHaveText("Tick the box to accept the agreement.");
  // The summary names the field by its label, never by its form key.
  await expect(page.locator("[data-error-summary]")).toContainText("I have read and accept the agency agreement: Tick the box");
  await expect(page.getByLabel("I have read and accept the agency agreement")).toBeFocused();
  await acceptTerms(page);
  await expectAccessible(page);

  await fillProfile(page, "x");
  await page.getByRole("button", { name: "Save and continue" }).click();
  await expect(page.locator("#onlyfansHandle-error")).toContainText("Use 3 to 30 letters");
  await expect(page.locator("[data-error-summary]")).toContainText("OnlyFans username");
  await expect(page.getByLabel("Fitness")).toBeChecked();
  await expect(page.getByLabel("Country of residence")).toHaveValue("FR");
  await screenshot(page, "journey-2-profile-error");
  await page.getByLabel("OnlyFans username").fill("@lea.creates");
  await page.getByRole("button", { name: "Save and continue" }).click();

  await expect(page).toHaveURL(/\/onboarding\/payouts$/);
  await expect(page.getByTestId("payout-state")).toHaveText("Not connected");
  await expectAccessible(page);
  await screenshot(page, "journey-3-payouts");
  await page.getByRole("button", { name: "Connect payouts with Stripe" }).click();

  await finishStripeOnboarding(page, /Complete/);
  // Active at Stripe: straight to the dashboard, with a "You're in".
  await expect(page).toHaveURL(/\/dashboard$/);
  await expect(page.getByTestId("toast")).toContainText("You're in");
  await screenshot(page, "journey-4-youre-in");
  await expect(page.getByRole("heading", { name: "Your dashboard" })).toBeVisible();
  await expect(page.getByText("@lea.creates")).toBeVisible();
  await expectAccessible(page);
  await expect(page.getByTestId("payout-state")).toHaveText("Payouts active");
  // The analyses run after activation (delays shortened for the test run).
  await expect(async () => {
    await page.reload();
    await expect(page.getByTestId("automation-state")).toHaveText("Here is what the agency recommends for your account.", { timeout: 1000 });
  }).toPass({ timeout: 20_000 });
  await expect(page.getByText(/Recommended subscription: €4\.99 – €9\.99 per month/)).toBeVisible();
  await screenshot(page, "journey-6-dashboard");
  await page.getByRole("link", { name: "View payouts and bank details on Stripe" }).click();
  await expect(page.getByRole("heading", { name: "Express dashboard" })).toBeVisible();
});

test("a creator who leaves after the terms resumes on the profile step from a new browser", async ({ page, browser }) => {
  const email = await verifiedCreator(page);
  await acceptTerms(page);
  await page.getByLabel("OnlyFans username").fill("half.typed");
  await page.close();

  const context = await browser.newContext();
  const fresh = await context.newPage();
  await signIn(fresh, email);
  await expect(fresh).toHaveURL(/\/onboarding\/profile$/);
  await fresh.goto("/onboarding/done");
  await expect(fresh).toHaveURL(/\/onboarding\/profile$/);
  await fresh.goto("/onboarding/terms");
  await expect(fresh.getByText(/You accepted version \d{4}-\d{2}-\d{2}/)).toBeVisible();
  await screenshot(fresh, "resume-terms-kept");
  await context.close();
});

test("needs more information: the creator sees what is missing and resumes through a fresh link", async ({ page }) => {
  await verifiedCreator(page);
  await acceptTerms(page);
  await fillProfile(page);
  await page.getByRole("button", { name: "Save and continue" }).click();
  await page.getByRole("button", { name: "Connect payouts with Stripe" }).click();
  await expect(page.getByRole("heading", { name: "Set up payouts" })).toBeVisible();
  const firstLink = page.url();
  await finishStripeOnboarding(page, /Needs more information/);

  await expect(page.getByTestId("payout-state")).toHaveText("More information needed");
  await expect(page.getByText("A photo of your identity document")).toBeVisible();
  await expect(page.getByText("The bank account your payouts go to")).toBeVisible();
  await screenshot(page, "stripe-needs-information");

  // A used link sends the creator to our refresh URL, which makes a new one.
  await page.goto(firstLink);
  await expect(page.getByRole("heading", { name: "Set up payouts" })).toBeVisible();
  expect(page.url()).not.toBe(firstLink);
  await finishStripeOnboarding(page, /Complete/);
  await expect(page.getByTestId("payout-state")).toHaveText("Payouts active");
});

test("the same journey in French", async ({ page }) => {
  const email = uniqueEmail("fr");
  await registerInFrench(page, email);

  await openEmailLink(page, email, /Confirmez votre adresse e-mail/, /Vérifier mon e-mail/);
  await expect(page.getByRole("heading", { name: "Confirmez votre adresse e-mail" })).toBeVisible();
  await page.getByRole("button", { name: "Confirmer mon e-mail" }).click();

  await expect(page).toHaveTitle(/Étape 2 sur 4 : Acceptez les conditions/);
  await page.getByLabel("J'ai lu et j'accepte le contrat de l'agence").check();
  await page.getByRole("button", { name: "Accepter et continuer" }).click();
  await page.getByLabel("Nom d'utilisateur OnlyFans").fill("lea.cree");
  await page.getByLabel("Pays de résidence").selectOption("FR");
  await page.getByLabel("Voyage").check();
  await page.getByRole("button", { name: "Enregistrer et continuer" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Étape 4 sur 4 : Activez les paiements");
  await expectAccessible(page);
  await screenshot(page, "journey-fr-payouts");
  await page.getByRole("button", { name: "Activer les paiements avec Stripe" }).click();
  await finishStripeOnboarding(page, /Complete/);
  await expect(page.getByTestId("payout-state")).toHaveText("Paiements actifs");
  await expect(page.getByTestId("toast")).toContainText("C'est fait");
});

test("the wizard works on a 360 px wide screen", async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 780 });
  await verifiedCreator(page);
  await acceptTerms(page);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  await screenshot(page, "journey-mobile-profile");
});
