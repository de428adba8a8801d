import { randomBytes } from "node:crypto";
import { expect, type Page } from "@playwright/test";

export const E2E_PASSWORD = "amber falcon quietly drifts";

export function uniqueEmail(prefix = "e2e"): string {
  return `${prefix}-${randomBytes(5).toString("hex")}@example.test`;
}

export async function screenshot(page: Page, name: string) {
  await page.screenshot({ path: `test-results/screenshots/${name}.png`, fullPage: true });
}

export async function registerInBrowser(page: Page, email: string, password = E2E_PASSWORD) {
  await page.goto("/register");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page.getByText("Check your inbox")).toBeVisible();
}

/** Opens the newest email to `email` in the local mailbox and clicks its first button link. */
export async function openEmailLink(page: Page, email: string, subject: RegExp, linkName: RegExp) {
  await page.goto("/dev/mailbox");
  await page.getByRole("link", { name: new RegExp(`${subject.source}[\\s\\S]*${email.replace(/[.+]/g, "\\$&")}`) }).first().click();
  await page.frameLocator("iframe").getByRole("link", { name: linkName }).first().click();
}

export async function signIn(page: Page, email: string, password = E2E_PASSWORD) {
  await page.goto("/login");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
}

/** Registers, opens the verification email and continues: a signed-in creator on the terms step. */
export async function verifiedCreator(page: Page, email = uniqueEmail()) {
  await registerInBrowser(page, email);
  await openEmailLink(page, email, /Confirm your email address/, /Verify email/);
  await page.getByRole("button", { name: "Continue" }).click();
  await expect(page).toHaveURL(/\/onboarding\/terms$/);
  return email;
}

export async function acceptTerms(page: Page) {
  await page.getByLabel("I have read and accept the agency agreement").check();
  await page.getByRole("button", { name: "Accept and continue" }).click();
  await expect(page).toHaveURL(/\/onboarding\/profile$/);
}

export async function fillProfile(page: Page, handle = "lea.creates") {
  await page.getByLabel("OnlyFans username").fill(handle);
  await page.getByLabel("Country of residence").selectOption("FR");
  await page.getByLabel("Fitness").check();
  await page.getByLabel("Travel").check();
}

/** On Stripe's (sandbox) hosted onboarding page: choose an outcome and submit. */
export async function finishStripeOnboarding(page: Page, outcome: RegExp) {
  await expect(page.getByRole("heading", { name: "Set up payouts" })).toBeVisible();
  await page.getByLabel(outcome).check();
  await page.getByRole("button", { name: "Submit" }).click();
}
