import { expect, test } from "@playwright/test";
import { acceptTerms, emailLink, fillProfile, registerInBrowser, signIn, uniqueEmail, verifiedCreator } from "./support";

// The attacks of issue 13 that only a browser can show.

test("a crafted callbackUrl never takes the creator off our origin after sign-in", async ({ page, baseURL }) => {
  const email = await verifiedCreator(page);
  const origin = new URL(baseURL!).origin;
  for (const callbackUrl of ["/%5Cevil.example/x", "/%09/evil.example/x", "//evil.example/x", "https://evil.example/x", "/.//evil.example/x", "https://app@evil.example/"]) {
    await page.context().clearCookies();
    await page.goto(`/login?callbackUrl=${callbackUrl}`);
    await signIn(page, email, undefined, false);
    await page.waitForURL((url) => !url.pathname.startsWith("/login"));
    expect({ callbackUrl, origin: new URL(page.url()).origin }).toEqual({ callbackUrl, origin });
  }
});

test("mail scanners fetching a verification link (HEAD, GET) leave it valid", async ({ page }) => {
  const email = uniqueEmail("scanned");
  await registerInBrowser(page, email);
  const link = await emailLink(page, email, /Confirm your email address/, /Verify email/);
  // What a corporate mail scanner does before the person clicks: it must change nothing.
  for (const method of ["HEAD", "GET", "GET"] as const) {
    const response = await page.request.fetch(link, { method, maxRedirects: 0 });
    expect(response.status()).toBe(200);
  }
  await page.goto(link);
  await page.getByRole("button", { name: "Confirm my email" }).click();
  await expect(page).toHaveURL(/\/onboarding\/terms$/);
});

test("a link opened in another browser asks for the password instead of signing anyone in", async ({ page, browser }) => {
  const email = uniqueEmail("elsewhere");
  await registerInBrowser(page, email);
  const link = await emailLink(page, email, /Confirm your email address/, /Verify email/);
  const other = await (await browser.newContext()).newPage();
  await other.goto(link);
  await expect(other.getByText("This is not the browser you signed up in")).toBeVisible();
  await other.getByRole("button", { name: "Confirm and sign in" }).click();
  await expect(other.locator("#password-error")).toHaveText("Enter a password.");
  await expect(other.getByLabel("Your password")).toBeFocused();
  await other.getByLabel("Your password").fill("amber falcon quietly drifts");
  await other.getByRole("button", { name: "Confirm and sign in" }).click();
  await expect(other).toHaveURL(/\/onboarding\/terms$/);
  await other.context().close();
});

test("the Stripe dashboard link before payouts exist leads to the payouts step, with a message", async ({ page }) => {
  await verifiedCreator(page);
  await acceptTerms(page);
  await fillProfile(page, "no.payouts.yet");
  await page.getByRole("button", { name: "Save and continue" }).click();
  await expect(page).toHaveURL(/\/onboarding\/payouts$/);
  await page.goto("/onboarding/stripe/dashboard");
  await expect(page).toHaveURL(/\/onboarding\/payouts\?error=payouts_not_ready$/);
  await expect(page.getByText("Finish setting up payouts before opening the Stripe dashboard.")).toBeVisible();
});

test("the sandbox mailbox is for admins on this production build", async ({ page }) => {
  const response = await page.goto("/dev/mailbox");
  expect(response?.ok()).toBe(true);
  await expect(page).toHaveURL(/\/login\?callbackUrl=%2Fdev%2Fmailbox/);
  await verifiedCreator(page);
  await page.goto("/dev/mailbox");
  await expect(page.getByRole("heading", { name: "You do not have access to this page" })).toBeVisible();
});
