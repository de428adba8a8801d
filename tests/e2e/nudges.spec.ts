import { expect, test, type Browser, type Page } from "@playwright/test";
import { acceptTerms, adminPage, emailLink, fromOwnAddress, openEmailLink, registerInFrench, screenshot, uniqueEmail, verifiedCreator } from "./support";

// Reminders to a creator stalled at the profile (the e2e server runs them with
// AUTOMATION_DELAY_SCALE=0.00005 and NUDGE_DELAYS_DAYS=1,7,14: a day is 4.3 s, so the reminders
// come 4, 30 and 60 s after the terms are accepted, at most one per 4.3 s, and only in the
// creator's daytime).

/** A zone whose local hour is in [from, to) right now (the browser reports it at sign-up). */
function zoneWhereHourIs(from: number, to: number): string {
  const zones = ["Pacific/Kiritimati", "Pacific/Auckland", "Asia/Tokyo", "Asia/Kolkata", "Asia/Dubai", "Europe/Paris", "Atlantic/Azores", "America/Sao_Paulo", "America/New_York", "America/Chicago", "America/Los_Angeles", "Pacific/Honolulu"];
  const hourIn = (zone: string) => Number(new Intl.DateTimeFormat("en-GB", { hour: "numeric", hourCycle: "h23", timeZone: zone }).format(new Date()));
  const zone = zones.find((candidate) => hourIn(candidate) >= from && hourIn(candidate) < to);
  if (!zone) throw new Error(`no zone at hours ${from}-${to}`);
  return zone;
}

async function creatorPage(browser: Browser, timezoneId: string): Promise<Page> {
  const context = await browser.newContext({ timezoneId });
  return context.newPage();
}

/** The reminders the admin sees on the creator's page. */
async function remindersOf(browser: Browser, email: string) {
  const admin = await adminPage(browser);
  await admin.goto(`/admin?q=${encodeURIComponent(email)}`);
  await admin.getByRole("link", { name: email }).click();
  await expect(admin.getByRole("heading", { level: 1 })).toHaveText(email);
  return admin;
}

/** How many emails with this subject the mailbox holds for the address. */
async function countInMailbox(browser: Browser, email: string, subject: RegExp): Promise<number> {
  const mailbox = await adminPage(browser);
  await mailbox.goto("/dev/mailbox");
  const count = await mailbox.getByRole("link", { name: new RegExp(`${subject.source}[\\s\\S]*${email.replace(/[.+]/g, "\\$&")}`) }).count();
  await mailbox.context().close();
  return count;
}

test("a creator stalled at the profile gets a reminder in French in their daytime, fills the profile, and gets no more", async ({ browser }) => {
  test.setTimeout(120_000);
  const page = await creatorPage(browser, zoneWhereHourIs(10, 18));
  // Someone in the middle of their night, stalled at the same step at the same time.
  const sleeper = await creatorPage(browser, zoneWhereHourIs(1, 6));
  const sleeperEmail = await verifiedCreator(sleeper, uniqueEmail("night"));
  await acceptTerms(sleeper);

  const email = uniqueEmail("nudged");
  await registerInFrench(page, email);
  await openEmailLink(page, email, /Confirmez votre adresse e-mail/, /Vérifier mon e-mail/);
  await page.getByRole("button", { name: "Confirmer mon e-mail" }).click();
  await page.getByLabel("J'ai lu et j'accepte le contrat de l'agence").check();
  await page.getByRole("button", { name: "Accepter et continuer" }).click();
  await expect(page).toHaveURL(/\/onboarding\/profile$/);
  const stalledAt = Date.now();

  // The first reminder, in French, leads back into the wizard.
  const link = await emailLink(page, email, /Parlez-nous de vos contenus/, /Remplir mon profil/);
  expect(new URL(link).pathname).toBe("/onboarding");
  // It is night for the other creator: theirs waits for the morning.
  expect(await countInMailbox(browser, sleeperEmail, /Tell us about your content/)).toBe(0);

  await page.goto(link);
  await expect(page).toHaveURL(/\/onboarding\/profile$/);
  await page.getByLabel("Nom d'utilisateur OnlyFans").fill("lea.relancee");
  await page.getByLabel("Pays de résidence").selectOption("FR");
  await page.getByLabel("Voyage").check();
  await page.getByRole("button", { name: "Enregistrer et continuer" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Étape 4 sur 4 : Activez les paiements");

  // The two reminders left are cancelled at once, as the admin sees…
  const admin = await remindersOf(browser, email);
  await expect(admin.getByTestId("nudges")).toContainText("Profile not filled 1 — Sent");
  await expect(admin.getByTestId("nudges").getByText(/Profile not filled [23] — Cancelled/)).toHaveCount(2);
  await screenshot(admin, "nudges-1-admin-creator");
  // …and the second one's time (day 7) passes without an email.
  await page.waitForTimeout(Math.max(0, stalledAt + 34_000 - Date.now()));
  expect(await countInMailbox(browser, email, /Parlez-nous de vos contenus/)).toBe(1);
  await expect(admin.getByTestId("nudges").getByText(/Profile not filled [23] — Cancelled/)).toHaveCount(2);
});

test("one click in the email unsubscribes without a session: no more reminders, and a password reset still arrives", async ({ browser, playwright }) => {
  test.setTimeout(120_000);
  const page = await creatorPage(browser, zoneWhereHourIs(10, 18));
  const email = await verifiedCreator(page, uniqueEmail("unsubscribe"));
  await acceptTerms(page);

  // The mail client reads List-Unsubscribe from the first reminder…
  await emailLink(page, email, /Tell us about your content/, /Fill in my profile/);
  const mailbox = await adminPage(browser);
  await mailbox.goto("/dev/mailbox");
  await mailbox.getByRole("link", { name: new RegExp(`Tell us about your content[\\s\\S]*${email.replace(/[.+]/g, "\\$&")}`) }).first().click();
  await expect(mailbox.getByTestId("header-list-unsubscribe-post")).toHaveText("List-Unsubscribe=One-Click");
  const header = (await mailbox.getByTestId("header-list-unsubscribe").textContent()) ?? "";
  const oneClick = header.match(/<(https?:[^>]+)>/)?.[1];
  expect(oneClick).toBeTruthy();
  await screenshot(mailbox, "nudges-2-list-unsubscribe");
  await mailbox.context().close();

  // …and POSTs to it as RFC 8058 says: no cookie, no page.
  const client = await playwright.request.newContext();
  const answer = await client.post(oneClick!, { headers: { "content-type": "application/x-www-form-urlencoded" }, data: "List-Unsubscribe=One-Click" });
  expect(answer.status()).toBe(200);
  expect(await answer.json()).toEqual({ data: { unsubscribed: true } });
  await client.dispose();

  // The next reminder's time comes: it is not sent.
  const admin = await remindersOf(browser, email);
  await expect(async () => {
    await admin.reload();
    await expect(admin.getByTestId("nudges")).toContainText("Profile not filled 2 — Not sent", { timeout: 1_000 });
  }).toPass({ timeout: 50_000 });
  await expect(admin.getByTestId("nudges")).toContainText("unsubscribed");
  expect(await countInMailbox(browser, email, /Tell us about your content/)).toBe(1);

  // Transactional mail is not affected.
  const other = await browser.newContext();
  const forgot = await other.newPage();
  await fromOwnAddress(forgot);
  await forgot.goto("/forgot-password");
  await forgot.getByLabel("Email").fill(email);
  await forgot.getByRole("button", { name: "Send me a link" }).click();
  await expect(forgot.getByText("a link to choose a new password is on its way")).toBeVisible();
  expect(await emailLink(forgot, email, /Reset your password/, /Choose a new password/)).toContain("/reset-password");

  // The preferences page (the email's footer link) shows the choice, with no sign-in.
  const preferences = await emailLink(forgot, email, /Tell us about your content/, /Choose which reminders you get/);
  const visitor = await (await browser.newContext()).newPage();
  await visitor.goto(preferences);
  await expect(visitor.getByRole("heading", { level: 1 })).toHaveText("Email preferences");
  await expect(visitor.getByLabel("Reminders when I stop at a step of my onboarding")).not.toBeChecked();
  await visitor.getByLabel("Reminders before a date by which Stripe needs something from me").check();
  await visitor.getByRole("button", { name: "Save" }).click();
  await expect(visitor.getByTestId("toast")).toBeVisible();
  await expect(visitor.getByLabel("Reminders before a date by which Stripe needs something from me")).toBeChecked();
  await screenshot(visitor, "nudges-3-preferences");
});
