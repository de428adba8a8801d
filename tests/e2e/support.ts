import { randomBytes } from "node:crypto";
import AxeBuilder from "@axe-core/playwright";
import { expect, type Browser, type BrowserContextOptions, type Page } from "@playwright/test";
import { E2E_ADMIN } from "../../playwright.config";

export const E2E_PASSWORD = "amber falcon quietly drifts";

export function uniqueEmail(prefix = "e2e"): string {
  return `${prefix}-${randomBytes(5).toString("hex")}@example.test`;
}

export async function screenshot(page: Page, name: string) {
  await page.screenshot({ path: `test-results/screenshots/${name}.png`, fullPage: true });
}

/**
 * Each creator's browser comes from its own address, as behind the production proxy (the e2e
 * server trusts one X-Forwarded-For hop): the per-address sign-up limit applies per creator,
 * not to the whole test run.
 */
export async function fromOwnAddress(page: Page) {
  const octet = () => 1 + Math.floor(Math.random() * 250);
  await page.context().setExtraHTTPHeaders({ "x-forwarded-for": `10.${octet()}.${octet()}.${octet()}` });
}

export async function registerInBrowser(page: Page, email: string, password = E2E_PASSWORD) {
  await fromOwnAddress(page);
  await page.goto("/register");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page.getByText("Check your inbox")).toBeVisible();
}

/** The same in French: the language switch on the landing page, then the register form. */
export async function registerInFrench(page: Page, email: string, password = E2E_PASSWORD) {
  await page.goto("/");
  await page.getByRole("button", { name: "FR" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Rejoignez l'agence et soyez payé, en dix minutes environ.");
  await fromOwnAddress(page);
  await page.goto("/register");
  await page.getByLabel("E-mail").fill(email);
  await page.getByLabel("Mot de passe").fill(password);
  await page.getByRole("button", { name: "Créer mon compte" }).click();
  await expect(page.getByText("Consultez votre boîte de réception")).toBeVisible();
}

let adminSession: BrowserContextOptions["storageState"] | undefined;

/** A page signed in as the e2e admin, in its own browser context (signed in once per worker). */
export async function adminPage(browser: Browser): Promise<Page> {
  const context = await browser.newContext({ storageState: await adminState(browser) });
  return context.newPage();
}

/** The e2e admin's signed-in cookies, for a context of one's own (a phone, a time zone). */
export async function adminState(browser: Browser): Promise<NonNullable<BrowserContextOptions["storageState"]>> {
  if (!adminSession) {
    const context = await browser.newContext();
    const page = await context.newPage();
    await signIn(page, E2E_ADMIN.email, E2E_ADMIN.password);
    await expect(page).toHaveURL(/\/admin$/);
    adminSession = await context.storageState();
    await context.close();
  }
  return adminSession;
}

/**
 * The first button link of the newest email to `email`. The production build runs the email
 * sandbox only by opt-in, and then its mailbox is for admins: it is read there, like a mail
 * client would, and the link is opened in the creator's own browser.
 */
export async function emailLink(page: Page, email: string, subject: RegExp, linkName: RegExp): Promise<string> {
  const mailbox = await adminPage(page.context().browser()!);
  const message = mailbox.getByRole("link", { name: new RegExp(`${subject.source}[\\s\\S]*${email.replace(/[.+]/g, "\\$&")}`) }).first();
  // The email leaves through the outbox just after the answer: on a busy machine the mailbox may
  // not have it yet, so it is opened again until it does, as a person would refresh it.
  await expect(async () => {
    await mailbox.goto("/dev/mailbox");
    await expect(message).toBeVisible({ timeout: 2_000 });
  }).toPass({ timeout: 30_000 });
  await message.click();
  const href = await mailbox.frameLocator("iframe").getByRole("link", { name: linkName }).first().getAttribute("href");
  await mailbox.context().close();
  if (!href) throw new Error(`no ${linkName} link in the email to ${email}`);
  return href;
}

export async function openEmailLink(page: Page, email: string, subject: RegExp, linkName: RegExp) {
  await page.goto(await emailLink(page, email, subject, linkName));
}

export async function signIn(page: Page, email: string, password = E2E_PASSWORD, openPage = true) {
  if (openPage) await page.goto("/login");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
}

/** Registers, opens the verification email and confirms: a signed-in creator on the terms step. */
export async function verifiedCreator(page: Page, email = uniqueEmail()) {
  await registerInBrowser(page, email);
  await openEmailLink(page, email, /Confirm your email address/, /Verify email/);
  await page.getByRole("button", { name: "Confirm my email" }).click();
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

/** Nothing axe finds, whatever its impact: WCAG 2.1 A and AA, and its best practices (every part of a page in a landmark, one main, …). */
export async function expectAccessible(page: Page) {
  // Next streams metadata for dynamic pages: wait for the title before judging the page.
  await expect(page).toHaveTitle(/\S/);
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"]).analyze();
  expect(results.violations.map((violation) => `${violation.id} (${violation.impact}): ${violation.nodes.map((node) => node.target.join(" ")).join(", ")}`)).toEqual([]);
}

/** A creator through every step, with payouts in the given Stripe outcome (the sandbox's page). */
export async function creatorThroughStripe(page: Page, outcome: RegExp = /Complete/, handle = "lea.creates") {
  const email = await verifiedCreator(page);
  await acceptTerms(page);
  await fillProfile(page, handle);
  await page.getByRole("button", { name: "Save and continue" }).click();
  await page.getByRole("button", { name: "Connect payouts with Stripe" }).click();
  await finishStripeOnboarding(page, outcome);
  return email;
}
