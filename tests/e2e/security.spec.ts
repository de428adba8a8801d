import http from "node:http";
import type { AddressInfo } from "node:net";
import { expect, test } from "@playwright/test";
import { acceptTerms, emailLink, fillProfile, registerInBrowser, signIn, uniqueEmail, verifiedCreator } from "./support";

/** A page on another site (localhost is not the same site as the app's 127.0.0.1) serving `html`. */
async function attackerSite(html: string): Promise<{ url: string; close: () => Promise<void> }> {
  const server = http.createServer((_request, response) => response.writeHead(200, { "content-type": "text/html" }).end(html));
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return { url: `http://localhost:${(server.address() as AddressInfo).port}/`, close: () => new Promise((resolve) => server.close(() => resolve())) };
}

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

test("a page on another site cannot pre-register the victim's address in the victim's browser (form post or no-cors fetch)", async ({ page, baseURL }) => {
  const victim = uniqueEmail("victim");
  const attackerPassword = "attacker picked this passphrase";
  const api = `${new URL(baseURL!).origin}/api/v1/auth/register`;
  const site = await attackerSite(`<!doctype html><body>
    <form method="post" action="${api}"><input name="email" value="${victim}"><input name="password" value="${attackerPassword}"></form>
    <script>
      fetch(${JSON.stringify(api)}, { method: "POST", mode: "no-cors", credentials: "include", body: JSON.stringify({ email: ${JSON.stringify(victim)}, password: ${JSON.stringify(attackerPassword)} }) })
        .finally(() => document.forms[0].submit());
    </script></body>`);
  try {
    const answer = page.waitForResponse((response) => response.url() === api && response.request().method() === "POST" && response.request().resourceType() === "document");
    await page.goto(site.url);
    const refused = await answer;
    expect(refused.status()).toBe(403);
    expect(await refused.json()).toMatchObject({ error: { code: "csrf_origin_mismatch" } });
    // Nothing was planted in the browser, and no account exists to claim later.
    expect((await page.context().cookies(baseURL)).map((cookie) => cookie.name)).not.toContain("ofm_registration");
    const signIn = await page.request.post("/api/v1/auth/token", { data: { email: victim, password: attackerPassword } });
    expect(signIn.status()).toBe(401);
  } finally {
    await site.close();
  }
  // The victim, in that same browser, registers as usual.
  await registerInBrowser(page, victim);
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

test("the sandbox mailbox is for admins on this production build, and not offered to a new creator", async ({ page }) => {
  await registerInBrowser(page, uniqueEmail());
  await expect(page.getByRole("link", { name: "Open the local mailbox (sandbox mode)" })).toHaveCount(0);
  const response = await page.goto("/dev/mailbox");
  expect(response?.ok()).toBe(true);
  await expect(page).toHaveURL(/\/login\?callbackUrl=%2Fdev%2Fmailbox/);
  await verifiedCreator(page);
  await page.goto("/dev/mailbox");
  await expect(page.getByRole("heading", { name: "You do not have access to this page" })).toBeVisible();
});
