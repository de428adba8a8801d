import { expect, test } from "@playwright/test";
import { openEmailLink, registerInBrowser, screenshot, signIn, uniqueEmail } from "./support";

test("a creator registers, verifies through the mailbox, signs out and back in", async ({ page }) => {
  const email = uniqueEmail();
  await registerInBrowser(page, email);
  await screenshot(page, "auth-1-check-inbox");

  await openEmailLink(page, email, /Confirm your email address/, /Verify email/);
  // Opening the link only shows it (mail scanners fetch links): confirming is a button.
  await expect(page.getByRole("heading", { name: "Confirm your email address" })).toBeVisible();
  await screenshot(page, "auth-2-confirm");

  await page.getByRole("button", { name: "Confirm my email" }).click();
  await expect(page).toHaveURL(/\/onboarding/);
  await expect(page.getByRole("button", { name: "Sign out" })).toBeVisible();

  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page.getByText("You have been signed out.")).toBeVisible();

  await signIn(page, email);
  await expect(page).toHaveURL(/\/onboarding/);
  await expect(page.getByText(email)).toBeVisible();
  await screenshot(page, "auth-3-signed-in-again");
});

test("the sign-up form shows field errors next to the fields and keeps the email", async ({ page }) => {
  await page.goto("/register");
  await page.getByLabel("Email").fill("creator@example.test");
  await page.getByLabel("Password").fill("password1");
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page.locator("[data-error-summary]")).toContainText("Password");
  await expect(page.locator("#password-error")).toHaveText(/too easy to guess/);
  await expect(page.getByLabel("Password")).toHaveAttribute("aria-invalid", "true");
  await expect(page.getByLabel("Email")).toHaveValue("creator@example.test");
  await screenshot(page, "auth-field-error");
});

test("a wrong password is refused with one message that does not reveal whether the account exists", async ({ page }) => {
  await signIn(page, uniqueEmail(), "a password that is wrong");
  await expect(page.getByRole("alert").filter({ hasText: "incorrect" })).toHaveText("The email or password is incorrect.");
});

test("signed-out visitors are sent to sign in", async ({ page }) => {
  await page.goto("/onboarding");
  await expect(page).toHaveURL(/\/login\?callbackUrl=%2Fonboarding/);
});
