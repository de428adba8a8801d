import fs from "node:fs";
import { expect, test } from "@playwright/test";
import { adminPage, E2E_PASSWORD, emailLink, expectAccessible, fromOwnAddress, registerInBrowser, screenshot, signIn, uniqueEmail, verifiedCreator } from "./support";

// The whole account lifecycle (issue 16), through the real pages and the sandbox mailbox.

const NEW_PASSWORD = "lantern orchard velvet quarry";

test("forgot password: a link by email, a new password, signed in here and signed out everywhere else", async ({ page, browser }) => {
  const email = await verifiedCreator(page);
  // Another browser is signed in too.
  const otherContext = await browser.newContext();
  const other = await otherContext.newPage();
  await signIn(other, email);
  await expect(other).toHaveURL(/\/onboarding\/terms$/);

  const context = await browser.newContext();
  const forgetful = await context.newPage();
  await fromOwnAddress(forgetful);
  await forgetful.goto("/login");
  await forgetful.getByRole("link", { name: "Forgot your password?" }).click();
  // The sign-in page has an Email field too: fill the new page's, once it is there.
  await expect(forgetful.getByRole("heading", { name: "Forgot your password?" })).toBeVisible();
  await forgetful.getByLabel("Email").fill(email);
  await forgetful.getByRole("button", { name: "Send me a link" }).click();
  await expect(forgetful.getByText("If an account uses this address")).toBeVisible();
  await expectAccessible(forgetful);

  await forgetful.goto(await emailLink(forgetful, email, /Reset your password/, /Choose a new password/));
  await expect(forgetful.getByRole("heading", { name: "Choose a new password" })).toBeVisible();
  await forgetful.getByLabel("New password").fill(NEW_PASSWORD);
  await forgetful.getByRole("button", { name: "Save and sign in" }).click();
  await expect(forgetful).toHaveURL(/\/onboarding\/terms$/);
  await screenshot(forgetful, "account-reset-signed-in");

  await other.reload();
  await expect(other).toHaveURL(/\/login/);
  await otherContext.close();
  await context.close();
});

test("settings: change the email with a confirmation from the new address, see sign-ins, download the data", async ({ page }) => {
  const email = await verifiedCreator(page);
  await page.getByRole("link", { name: "Settings" }).click();
  await expect(page.getByRole("heading", { name: "Account settings" })).toBeVisible();
  await expect(page.getByTestId("sign-ins")).toContainText("Email link");
  await expectAccessible(page);

  const next = uniqueEmail("moved");
  await page.getByLabel("New email address").fill(next);
  // A wrong current password is said to be that, not a sign-in failure.
  await page.getByLabel("Your current password").first().fill("not my password at all");
  await page.getByRole("button", { name: "Change my email" }).click();
  await expect(page.locator("[data-error-summary]")).toContainText("This is not your current password.");
  await expect(page.locator("[data-error-summary]")).not.toContainText("email or password");
  await page.getByLabel("Your current password").first().fill(E2E_PASSWORD);
  await page.getByRole("button", { name: "Change my email" }).click();
  await expect(page.getByTestId("toast")).toContainText(next);
  await expect(page.getByTestId("pending-email")).toContainText(next);
  await screenshot(page, "account-settings-pending-email");

  await page.goto(await emailLink(page, next, /Confirm your new email address/, /Confirm this address/));
  await page.getByRole("button", { name: "Confirm this address" }).click();
  await expect(page.getByRole("status")).toContainText(`Your account now uses ${next}`);
  // Done is never a dead end: the success card leads on.
  await page.getByRole("link", { name: "Go to your settings" }).click();
  await expect(page).toHaveURL(/\/settings$/);
  await expect(page.getByText(`Signed in as ${next}.`)).toBeVisible();

  const download = page.waitForEvent("download");
  await page.getByRole("link", { name: "Download my data" }).click();
  const file = await (await download).path();
  const data = JSON.parse(fs.readFileSync(file, "utf8"));
  expect(data).toMatchObject({ format: "ofm-onboarding/account-export@1", account: { email: next }, onboardingSession: { emailVerifiedAt: expect.any(String) } });
  // The record of what was sent where is part of the person's data, old address included.
  expect(data.emailDeliveries.map((delivery: { template: string; toAddress: string }) => [delivery.template, delivery.toAddress])).toContainEqual(["email-change-notice", email]);
});

test("delete my account: gone at once, cannot sign in, and the address can register again", async ({ page }) => {
  const email = await verifiedCreator(page);
  await page.goto("/settings");
  await page.getByLabel("Your current password").last().fill(E2E_PASSWORD);
  await page.getByRole("button", { name: "Delete my account" }).click();
  await expect(page.getByRole("dialog")).toContainText("Delete your account for good?");
  await page.getByRole("dialog").getByRole("button", { name: "Delete my account" }).click();
  await expect(page).toHaveURL(/\/$/);
  await expect(page.getByTestId("toast")).toContainText("Your account was deleted");

  await signIn(page, email);
  await expect(page.getByRole("alert").filter({ hasText: "incorrect" })).toBeVisible();
  await registerInBrowser(page, email);
});

test("invite an admin: the invitation is accepted with a password and the new admin sees the creators", async ({ browser }) => {
  const admin = await adminPage(browser);
  const invited = uniqueEmail("admin");
  await admin.goto("/admin/team");
  await expect(admin.getByTestId("admins")).toBeVisible();
  await admin.getByLabel("Their email address").fill(invited);
  await admin.getByRole("button", { name: "Send the invitation" }).click();
  await expect(admin.getByTestId("toast")).toContainText(`Invitation sent to ${invited}`);
  await expect(admin.getByTestId("invites")).toContainText(invited);
  await expectAccessible(admin);
  await screenshot(admin, "admin-team");

  const context = await browser.newContext();
  const newcomer = await context.newPage();
  await newcomer.goto(await emailLink(newcomer, invited, /You are invited/, /Accept the invitation/));
  await newcomer.getByLabel("Password").fill(NEW_PASSWORD);
  await newcomer.getByRole("button", { name: "Accept and sign in" }).click();
  await expect(newcomer).toHaveURL(/\/admin$/);
  await expect(newcomer.getByRole("heading", { name: "Creators" })).toBeVisible();
  await context.close();
  await admin.context().close();
});

test("a disabled creator cannot sign in", async ({ page, browser }) => {
  const email = await verifiedCreator(page);
  await page.context().clearCookies();
  const admin = await adminPage(browser);
  await admin.goto("/admin");
  await admin.getByLabel("Search").fill(email);
  await admin.getByLabel("Search").press("Enter");
  await admin.getByRole("link", { name: email }).click();
  await admin.getByRole("button", { name: "Disable account" }).click();
  await admin.getByRole("dialog").getByRole("button", { name: "Disable the account" }).click();
  await expect(admin.getByTestId("toast")).toContainText("The account is disabled");
  await admin.context().close();

  await signIn(page, email);
  await expect(page.getByRole("alert").filter({ hasText: "disabled" })).toBeVisible();
});

test("the account pages in French, at 360 px, with no serious accessibility finding", async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 780 });
  await page.goto("/");
  await page.getByRole("button", { name: "FR" }).click();
  await expect(page.locator("html")).toHaveAttribute("lang", "fr");
  for (const [path, heading] of [
    ["/forgot-password", "Mot de passe oublié ?"],
    ["/reset-password?token=not-a-real-token", "Ce lien n'est pas valide"],
    ["/accept-invite?token=not-a-real-token", "Cette invitation n'est pas valide"],
    ["/confirm-email-change?token=not-a-real-token", "Ce lien n'est pas valide"],
  ] as const) {
    await page.goto(path);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(heading);
    expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
    await expectAccessible(page);
  }
  await verifiedCreatorInFrench(page);
  await page.goto("/settings");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Paramètres du compte");
  expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
  await expectAccessible(page);
  await screenshot(page, "account-settings-fr-mobile");
});

async function verifiedCreatorInFrench(page: import("@playwright/test").Page) {
  const email = uniqueEmail("fr");
  await fromOwnAddress(page);
  await page.goto("/register");
  await page.getByLabel("E-mail").fill(email);
  await page.getByLabel("Mot de passe").fill(E2E_PASSWORD);
  await page.getByRole("button", { name: "Créer mon compte" }).click();
  await page.goto(await emailLink(page, email, /Confirmez votre adresse e-mail/, /Vérifier mon e-mail/));
  await page.getByRole("button", { name: "Confirmer mon e-mail" }).click();
  await expect(page).toHaveURL(/\/onboarding\/terms$/);
}
