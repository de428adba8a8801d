import { randomBytes } from "node:crypto";
import { expect, test, type Browser, type Page } from "@playwright/test";
import { acceptTerms, adminState, creatorThroughStripe, E2E_PASSWORD, expectAccessible, fillProfile, fromOwnAddress, screenshot, uniqueEmail, verifiedCreator } from "./support";

// Screens without dead ends (issue 38): what a creator meets on a phone, in English and French.

const PHONE = { width: 360, height: 740 };

async function inFrench(page: Page) {
  await page.getByRole("button", { name: "FR" }).click();
  await expect(page.locator("html")).toHaveAttribute("lang", "fr");
}

test("a creator whose country cannot be paid is told before choosing, and how to be told later", async ({ browser }) => {
  const context = await browser.newContext({ viewport: PHONE, locale: "en-US", timezoneId: "America/New_York" });
  const page = await context.newPage();
  await verifiedCreator(page);
  await acceptTerms(page);
  await expect(page.getByText("This agency cannot pay creators living in United States yet.")).toBeVisible();
  const waitlist = page.getByRole("link", { name: /to join the waiting list/ }).first();
  await expect(waitlist).toHaveAttribute("href", /^mailto:.+@.+\?subject=Waiting%20list/);
  // Who can be paid, before anything is picked: the platform's countries (France: Europe).
  await page.getByText("Who can be paid? Creators living in 32 countries").click();
  await expect(page.getByText(/Austria, Belgium, .* and United Kingdom/)).toBeVisible();
  await expectAccessible(page);
  await screenshot(page, "profile-country-not-paid");

  await inFrench(page);
  await expect(page.getByText("Pays pas encore pris en charge : États-Unis.")).toBeVisible();
  await expect(page.getByText("Qui peut être payé ? Les créateurs qui vivent dans 32 pays")).toBeVisible();
  await expectAccessible(page);
  await context.close();
});

test("errors: said when a field is left wrong, gone as soon as it is changed", async ({ page }) => {
  await page.setViewportSize(PHONE);
  await fromOwnAddress(page);
  await page.goto("/register");
  const email = page.getByLabel("Email");
  await email.fill("not-an-email");
  await page.getByLabel("Password").focus();
  await expect(page.getByText("Enter a valid email address.")).toBeVisible();
  await expect(email).toHaveAttribute("aria-invalid", "true");
  await email.fill(uniqueEmail());
  await expect(page.getByText("Enter a valid email address.")).toHaveCount(0);

  // The server's errors too: a field put right loses its message, and the summary with it.
  await verifiedCreator(page);
  await acceptTerms(page);
  await fillProfile(page, "x");
  await page.getByRole("button", { name: "Save and continue" }).click();
  const handle = page.getByLabel("OnlyFans username");
  await expect(handle).toHaveAttribute("aria-invalid", "true");
  await expect(page.locator("[data-error-summary]")).toBeVisible();
  await handle.fill("lea.creates");
  await expect(handle).not.toHaveAttribute("aria-invalid", "true");
  await expect(page.locator("[data-error-summary]")).toHaveCount(0);
  await page.getByRole("button", { name: "Save and continue" }).click();
  await expect(page).toHaveURL(/\/onboarding\/payouts$/);
});

test("deleting one's account checks the password before asking 'for good?'", async ({ page }) => {
  await verifiedCreator(page);
  await page.goto("/settings");
  await page.getByLabel("Your current password").last().fill("not the password at all");
  await page.getByRole("button", { name: "Delete my account" }).click();
  await expect(page.locator("#delete-password-error")).toHaveText("This is not your current password.");
  await expect(page.getByRole("dialog")).toBeHidden();
  await page.getByLabel("Your current password").last().fill(E2E_PASSWORD);
  await page.getByRole("button", { name: "Delete my account" }).click();
  await expect(page.getByRole("dialog")).toContainText("Delete your account for good?");
  await page.getByRole("dialog").getByRole("button", { name: "Cancel" }).click();
  await expect(page).toHaveURL(/\/settings$/);
});

for (const language of ["en", "fr"] as const) {
  test(`on a phone (${language}), the header is one short row and the sandbox banner is part of it`, async ({ page }) => {
    await page.setViewportSize(PHONE);
    await verifiedCreator(page);
    if (language === "fr") await inFrench(page);
    const banner = page.getByRole("banner");
    await expect(banner).toContainText(language === "en" ? "Test mode" : "Mode test");
    // Content starts within the first 110 px of a 740 px screen (it was ~175).
    const header = await banner.boundingBox();
    expect(header!.height).toBeLessThanOrEqual(110);
    // The account links are behind one button, and close again once followed.
    const menu = banner.getByRole("button", { name: "Menu" });
    await expect(banner.getByRole("link", { name: language === "en" ? "Settings" : "Paramètres" })).toBeHidden();
    await menu.click();
    await expect(menu).toHaveAttribute("aria-expanded", "true");
    await banner.getByRole("link", { name: language === "en" ? "Settings" : "Paramètres" }).click();
    await expect(page).toHaveURL(/\/settings$/);
    await expect(menu).toHaveAttribute("aria-expanded", "false");
    // The terms read in the page itself, not in a box that scrolls inside it.
    await page.goto("/onboarding/terms");
    const terms = page.locator("article[aria-labelledby=terms-version]");
    expect(await terms.evaluate((element) => element.scrollHeight <= element.clientHeight + 1)).toBe(true);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);
    await expectAccessible(page);
    await screenshot(page, `terms-phone-${language}`);
  });
}

test("one state, one name; zones and money as people write them; the page language is not the profile's", async ({ browser }) => {
  const context = await browser.newContext({ viewport: PHONE, timezoneId: "Europe/London", locale: "en-GB" });
  const page = await context.newPage();
  await creatorThroughStripe(page, /Pending verification/);
  await expect(page).toHaveURL(/\/dashboard$/);
  // While Stripe verifies, it is said once, on the payouts card.
  await expect(page.getByText(/Stripe is checking your details/)).toHaveCount(1);
  await expect(page.getByText("London (United Kingdom Time)")).toBeVisible();
  // The profile says English; reading the pages in French leaves it so.
  await inFrench(page);
  await expect(page.getByText("London (heure : Royaume-Uni)")).toBeVisible();
  await page.goto("/dashboard/profile");
  await expect(page.getByLabel("Langue préférée")).toHaveValue("en");
  await expectAccessible(page);
  await context.close();
});

// The admin on a phone, in the admin's own time zone (issue 38, items 4 and 9).

async function phoneAdmin(browser: Browser, timezoneId = "America/New_York") {
  const context = await browser.newContext({ viewport: PHONE, timezoneId, storageState: await adminState(browser) });
  return context.newPage();
}

for (const language of ["en", "fr"] as const) {
  test(`the admin at 360 px (${language}): rows as cards, tabs that scroll, a funnel table a keyboard can scroll`, async ({ browser, page }) => {
    const creator = await verifiedCreator(page);
    const admin = await phoneAdmin(browser);
    await admin.goto(`/admin?q=${encodeURIComponent(creator)}`);
    if (language === "fr") await inFrench(admin);
    const row = admin.getByTestId("creator-row").first();
    await expect(row).toContainText(language === "en" ? "Payouts:" : "Paiements :");
    await expect(row).toBeVisible();
    expect(await admin.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);
    // The current tab is marked; the last one is reached by scrolling the tab row, not cut off.
    const tabs = admin.getByRole("navigation", { name: language === "en" ? "Admin" : "Administration" });
    await expect(tabs.getByRole("link", { name: language === "en" ? "Creators" : "Créateurs" })).toHaveAttribute("aria-current", "page");
    const system = tabs.getByRole("link", { name: language === "en" ? "System" : "Système" });
    await system.scrollIntoViewIfNeeded();
    await expect(system).toBeInViewport();
    await expectAccessible(admin);
    await screenshot(admin, `admin-phone-${language}`);
    await admin.goto("/admin/funnel");
    const region = admin.getByRole("region", { name: language === "en" ? "Conversion and drop-off, table" : "Conversion et abandons, tableau" });
    await region.focus();
    await admin.keyboard.press("ArrowRight");
    expect(await region.evaluate((element) => element.scrollLeft)).toBeGreaterThan(0);
    await expectAccessible(admin);
    await admin.context().close();
  });
}

test("the admin's list: / searches, the saved view in use is marked, bulk actions only where they apply", async ({ browser, page }) => {
  const creator = await verifiedCreator(page);
  const admin = await phoneAdmin(browser);
  await admin.goto("/admin");
  // The shortcut works once the page is hydrated: a "/" pressed before that does nothing, so press until it does.
  await expect(async () => {
    await admin.locator("body").press("/");
    await expect(admin.getByLabel("Search")).toBeFocused({ timeout: 500 });
  }).toPass();
  await admin.keyboard.type(creator);
  await expect(admin).toHaveURL(/q=/);
  const name = `view-${randomBytes(3).toString("hex")}`;
  await admin.getByPlaceholder("Name of this view").fill(name);
  await admin.getByRole("button", { name: "Save this view" }).click();
  await expect(admin.getByRole("link", { name })).toHaveAttribute("aria-current", "true");
  await admin.getByRole("link", { name: "Reset" }).click();
  await expect(admin.getByRole("link", { name })).not.toHaveAttribute("aria-current", "true");

  // A verified creator on the terms step: neither bulk email applies, so neither is offered.
  await admin.getByRole("link", { name }).click();
  await admin.getByLabel(`Select ${creator}`).check();
  await expect(admin.getByText("1 creator selected")).toBeVisible();
  await expect(admin.getByRole("button", { name: /Send payout link|Resend verification/ })).toHaveCount(0);
  await expect(admin.getByRole("link", { name: "Export selection" })).toBeVisible();
  await admin.context().close();
});

test("a funnel figure opens the list of the creators it counts", async ({ browser, page }) => {
  await verifiedCreator(page);
  const admin = await phoneAdmin(browser);
  await admin.goto("/admin/funnel");
  const dropped = admin.getByRole("link", { name: /^[\d,]+: creators who stopped at “Email verified”$/ });
  const count = Number((await dropped.textContent())!.replace(/\D/g, ""));
  await dropped.click();
  await expect(admin).toHaveURL(/lastStep=email_verified&signedUpFrom=\d{4}-\d\d-\d\d&signedUpTo=/);
  await expect(admin.getByTestId("funnel-filter")).toContainText("furthest step is “Email verified”");
  await expect(admin.getByText(count === 1 ? "1 creator matches." : `${count} creators match.`)).toBeVisible();
  await admin.context().close();
});

test("a creator's page for the admin: times in the admin's zone, names not keys, ids whole, a refused tag kept", async ({ browser, page }) => {
  const creator = await verifiedCreator(page);
  const admin = await phoneAdmin(browser);
  await admin.goto(`/admin?q=${encodeURIComponent(creator)}`);
  await admin.getByRole("link", { name: creator }).click();
  await expect(admin.getByRole("heading", { level: 1 })).toHaveText(creator);
  // New York in December: GMT-5, said with every time.
  await expect(admin.getByText(/GMT-5/).first()).toBeVisible();
  await expect(admin.getByText("Email verification link")).toBeVisible();
  await expect(admin.getByText("verify-email", { exact: true })).toHaveCount(0);
  await admin.getByPlaceholder("New tag").fill("Not A Tag!");
  await admin.getByRole("button", { name: "Add tag" }).click();
  await expect(admin.getByText("Use 1 to 32 lower-case letters, digits or dashes.")).toBeVisible();
  await expect(admin.getByPlaceholder("New tag")).toHaveValue("Not A Tag!");
  expect(await admin.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);
  await expectAccessible(admin);
  await screenshot(admin, "admin-creator-phone");
  await admin.context().close();
});

test("the last active admin is not offered to disable or remove themselves", async ({ browser }) => {
  const admin = await phoneAdmin(browser);
  await admin.goto("/admin/team");
  const rows = admin.getByTestId("admins").getByRole("row");
  const others = rows.filter({ hasNot: admin.getByText("you", { exact: true }) }).filter({ has: admin.getByRole("button", { name: "Disable", exact: true }) });
  // Every other active admin (an earlier test invites one) is disabled first, as a team would.
  for (const email of await others.locator("td:first-child").allInnerTexts()) {
    const row = rows.filter({ hasText: email });
    // The dialog's button works once the page is hydrated: pressed again until it opens.
    await expect(async () => {
      await row.getByRole("button", { name: "Disable", exact: true }).first().click();
      await expect(admin.getByRole("dialog")).toBeVisible({ timeout: 1_000 });
    }).toPass({ timeout: 15_000 });
    await admin.getByRole("dialog").getByRole("button", { name: "Disable", exact: true }).click();
    await expect(row.getByRole("button", { name: "Enable" })).toBeVisible();
  }
  const self = admin.getByTestId("admins").getByRole("row").filter({ has: admin.getByText("you", { exact: true }) });
  await expect(self.getByTestId("last-admin")).toHaveText("The last active admin: invite another before stepping down.");
  await expect(self.getByRole("button")).toHaveCount(0);
  await admin.context().close();
});
