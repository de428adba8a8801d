import { expect, test } from "@playwright/test";
import en from "../../lib/i18n/messages/en.json" with { type: "json" };
import fr from "../../lib/i18n/messages/fr.json" with { type: "json" };
import { acceptTerms, adminPage, creatorThroughStripe, E2E_PASSWORD, expectAccessible, fillProfile, screenshot, signIn, verifiedCreator } from "./support";

// The moments between steps (issue 20): where a creator could be stranded, misled or lost.

test("a direct load of the profile step in a London browser proposes Europe/London and says so", async ({ browser }) => {
  const context = await browser.newContext({ timezoneId: "Europe/London", locale: "en-GB" });
  const page = await context.newPage();
  await verifiedCreator(page);
  await acceptTerms(page);
  await page.reload();
  await expect(page.getByLabel("Time zone", { exact: true })).toHaveValue("Europe/London");
  await expect(page.getByLabel("Country of residence")).toHaveValue("GB");
  await expect(page.getByText("Set from your browser")).toBeVisible();
  // The picker searches and shows local times, grouped by region.
  await page.getByLabel("Search the time zones").fill("lisb");
  await expect(page.getByLabel("Time zone", { exact: true }).locator("option")).toHaveText([/^Lisbon — \d\d:\d\d \(GMT/, /^London — \d\d:\d\d \(GMT/]);
  await expectAccessible(page);
  await screenshot(page, "profile-london");
  await context.close();
});

test("on a phone, a bad handle is scrolled into view, focused and announced", async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await verifiedCreator(page);
  await acceptTerms(page);
  await fillProfile(page, "x");
  await page.getByRole("button", { name: "Save and continue" }).scrollIntoViewIfNeeded();
  await page.getByRole("button", { name: "Save and continue" }).click();
  const handle = page.getByLabel("OnlyFans username");
  await expect(handle).toBeFocused();
  await expect(handle).toBeInViewport();
  await expect(page.locator("[data-error-summary]")).toContainText("Some fields need your attention");
  await expect(page.getByLabel("Fitness")).toBeChecked();
  await screenshot(page, "profile-phone-error");
  await expect(page.getByTestId("compact-tracker")).toContainText("Step 3 of 4");
});

test("the sixth category cannot be ticked, and the count says why", async ({ page }) => {
  await verifiedCreator(page);
  await acceptTerms(page);
  for (const category of ["Fitness", "Travel", "Music", "Art", "Comedy"]) await page.getByLabel(category).check();
  await expect(page.getByText("5 of 5 chosen. That is the most")).toBeVisible();
  await expect(page.getByLabel("Cooking")).toBeDisabled();
  await page.getByLabel("Art").uncheck();
  await expect(page.getByLabel("Cooking")).toBeEnabled();
});

test("a session that ends while typing keeps the values and signs in again in place", async ({ page }) => {
  const email = await verifiedCreator(page);
  await acceptTerms(page);
  await fillProfile(page, "kept.values");
  await page.context().clearCookies();
  await page.getByRole("button", { name: "Save and continue" }).click();
  await expect(page.getByRole("heading", { name: "Your session has ended" })).toBeVisible();
  await expect(page.getByLabel("OnlyFans username")).toHaveValue("kept.values");
  await expect(page.getByLabel("Travel")).toBeChecked();
  await expect(page.locator("#again-email")).toHaveValue(email);
  await page.locator("section").getByLabel("Password").fill(E2E_PASSWORD);
  await page.getByRole("button", { name: "Sign in again" }).click();
  await expect(page.getByText("You are signed in again")).toBeVisible();
  await page.getByRole("button", { name: "Save and continue" }).click();
  await expect(page).toHaveURL(/\/onboarding\/payouts$/);
});

test("a rejected creator is given a support address and a way out", async ({ page }) => {
  await creatorThroughStripe(page, /Rejected/);
  await expect(page.getByTestId("payout-state")).toHaveText("Account rejected by Stripe");
  const support = page.getByRole("link", { name: /Contact support at/ });
  await expect(support).toHaveAttribute("href", /^mailto:.+@/);
  await screenshot(page, "payouts-rejected");
});

test("while Stripe verifies, the creator waits on the dashboard, which checks again by itself", async ({ page }) => {
  await creatorThroughStripe(page, /Pending verification/);
  await expect(page).toHaveURL(/\/dashboard$/);
  await expect(page.getByText(/Stripe is checking your details/)).toHaveCount(1);
  await page.getByRole("button", { name: "Check again" }).click();
  await expect(page).toHaveURL(/\/dashboard$/);
  await expect(page.getByTestId("toast")).toContainText(/Checked with Stripe at \d\d:\d\d/);
  await expectAccessible(page);
  await screenshot(page, "dashboard-verifying");
});

test("a finished creator signing in lands on the dashboard, and edits the profile as a settings page", async ({ page }) => {
  const email = await creatorThroughStripe(page);
  await page.getByRole("button", { name: "Sign out", exact: true }).click();
  await expect(page).toHaveURL(/\/login\?signedOut=1$/);
  await signIn(page, email);
  await expect(page).toHaveURL(/\/dashboard$/);

  await page.getByRole("link", { name: "Edit" }).click();
  await expect(page).toHaveURL(/\/dashboard\/profile$/);
  await expect(page.getByRole("heading", { name: "Your profile" })).toBeVisible();
  await page.getByLabel("OnlyFans username").fill("lea.renamed");
  await page.getByRole("button", { name: "Save changes" }).click();
  await expect(page).toHaveURL(/\/dashboard$/);
  await expect(page.getByTestId("toast")).toHaveText(/Saved/);
  await expect(page.getByText("@lea.renamed")).toBeVisible();
  await screenshot(page, "dashboard-saved-toast");
  await page.reload();
  await expect(page.getByTestId("toast")).toHaveCount(0);
});

test("new passwords get a strength meter and a show toggle; weak ones are refused", async ({ page }) => {
  await page.goto("/register");
  await page.getByLabel("Password").fill("jenny123");
  await expect(page.getByTestId("password-strength")).toContainText("Weak");
  await page.getByRole("button", { name: "Show" }).click();
  await expect(page.getByLabel("Password")).toHaveAttribute("type", "text");
  await page.getByLabel("Password").fill("amber falcon quietly drifts");
  await expect(page.getByTestId("password-strength")).toContainText("strong");
});

test("branded pages: a translated 404, a favicon and a printable agreement", async ({ page, request }) => {
  expect((await request.get("/icon.svg")).ok()).toBe(true);
  await page.goto("/no-such-page");
  await expect(page.getByRole("heading", { name: "This page does not exist" })).toBeVisible();
  await page.goto("/");
  await page.getByRole("button", { name: "FR" }).click();
  await expect(page.locator("html")).toHaveAttribute("lang", "fr");
  await page.goto("/no-such-page");
  await expect(page.getByRole("heading", { name: "Cette page n'existe pas" })).toBeVisible();
  await page.goto("/terms");
  await expect(page.getByRole("button", { name: "Imprimer ou enregistrer en PDF" })).toBeVisible();
  await page.emulateMedia({ media: "print" });
  await expect(page.locator("header")).toBeHidden();
});

/** Every English catalogue sentence that French translates differently: none may show in French. */
const ENGLISH_ONLY = (() => {
  const leaves = (value: unknown, path = ""): Array<[string, string]> =>
    typeof value === "string" ? [[path, value]] : Object.entries(value as object).flatMap(([key, child]) => leaves(child, `${path}.${key}`));
  const french = new Map(leaves(fr));
  return leaves(en)
    .filter(([key, value]) => french.get(key) !== value && !value.includes("{") && value.split(" ").length >= 3)
    .map(([, value]) => value);
})();

test("French pages show no English sentence from the catalogue", async ({ page }) => {
  await page.goto("/");
  await page.getByRole("button", { name: "FR" }).click();
  await expect(page.locator("html")).toHaveAttribute("lang", "fr");
  const pages = ["/", "/register", "/login", "/terms", "/no-such-page"];
  for (const path of pages) {
    await page.goto(path);
    const text = await page.locator("body").innerText();
    expect({ path, english: ENGLISH_ONLY.filter((sentence) => text.includes(sentence)) }).toEqual({ path, english: [] });
  }
  expect(ENGLISH_ONLY.length).toBeGreaterThan(100);
});

test("signed in, there is always a way home: the header's link, and / sends each person to theirs", async ({ page, browser }) => {
  await verifiedCreator(page);
  await page.goto("/settings");
  await page.getByTestId("header-home").click();
  await expect(page).toHaveURL(/\/onboarding\/terms$/);
  await expect(page.getByTestId("header-home")).toHaveText("My onboarding");
  await page.goto("/");
  await expect(page).toHaveURL(/\/onboarding\/terms$/);
  await page.getByRole("button", { name: "FR" }).click();
  await expect(page.getByTestId("header-home")).toHaveText("Mon inscription");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Étape 2 sur 4 : Acceptez les conditions");

  const admin = await adminPage(browser);
  await admin.goto("/");
  await expect(admin).toHaveURL(/\/admin$/);
  await admin.goto("/settings");
  await admin.getByTestId("header-home").click();
  await expect(admin).toHaveURL(/\/admin$/);
  await admin.close();
});
