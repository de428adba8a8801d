import { randomBytes } from "node:crypto";
import { expect, test, type Page } from "@playwright/test";
import { E2E_ADMIN } from "../../playwright.config";
import { acceptTerms, adminPage, expectAccessible, fillProfile, screenshot, signIn, uniqueEmail, verifiedCreator } from "./support";

async function creatorStuckAtPayouts(page: Page, handle: string) {
  const email = await verifiedCreator(page, uniqueEmail("stuck"));
  await acceptTerms(page);
  await fillProfile(page, handle);
  await page.getByRole("button", { name: "Save and continue" }).click();
  await expect(page).toHaveURL(/\/onboarding\/payouts$/);
  return email;
}

test("an admin finds a creator stuck at payouts, sends a fresh link and sees it in the audit log", async ({ page, browser }) => {
  const email = await creatorStuckAtPayouts(page, "stuck.creator");

  const context = await browser.newContext();
  const admin = await context.newPage();
  await signIn(admin, E2E_ADMIN.email, E2E_ADMIN.password);
  await expect(admin).toHaveURL(/\/admin$/);
  // Filters apply as they change: no Apply button.
  await admin.getByLabel("Stuck at step").selectOption("payouts");
  await expect(admin).toHaveURL(/step=payouts/);
  await admin.getByLabel("Search").fill(email);
  await expect(admin).toHaveURL(/q=/);
  await expect(admin.getByRole("link", { name: email })).toBeVisible();
  await screenshot(admin, "admin-1-creators-stuck-at-payouts");

  await admin.getByRole("link", { name: email }).click();
  await expect(admin.getByRole("heading", { level: 1 })).toHaveText(email);
  // Only what applies: the email is verified, so no "resend verification".
  await expect(admin.getByRole("button", { name: "Resend verification email" })).toHaveCount(0);
  await admin.getByRole("button", { name: "Send a fresh payout link" }).click();
  await expect(admin.getByTestId("toast")).toContainText("A link to continue payout set-up is on its way");
  await expect(admin).toHaveURL(/\/admin\/creators\/[^?]+$/);
  await expect(admin.getByTestId("audit-log")).toContainText("Send payout link — done");

  // Notes and tags, each in the audit log.
  await admin.getByLabel("New note (only admins see it)").fill("Asked for help with the bank details.");
  await admin.getByRole("button", { name: "Add a note" }).click();
  await expect(admin.getByTestId("notes")).toContainText("Asked for help with the bank details.");
  await admin.getByPlaceholder("New tag").fill("call-back");
  await admin.getByRole("button", { name: "Add tag" }).click();
  await expect(admin.getByRole("button", { name: "Remove the tag call-back" })).toBeVisible();
  await expect(admin.getByTestId("audit-log")).toContainText("Tag added");
  await expectAccessible(admin);
  await screenshot(admin, "admin-2-creator-notes-tags-audit");

  // Disabling asks first, naming the account.
  await admin.getByRole("button", { name: "Disable account" }).click();
  await expect(admin.getByRole("dialog")).toContainText(`Disable ${email}?`);
  await admin.getByRole("dialog").getByRole("button", { name: "Cancel" }).click();
  await expect(admin.getByRole("dialog")).toBeHidden();

  await admin.getByRole("link", { name: "Funnel" }).click();
  await expect(admin.getByTestId("funnel-table")).toBeVisible();
  await admin.getByRole("link", { name: "7 days" }).click();
  await expect(admin).toHaveURL(/days=7/);
  await screenshot(admin, "admin-3-funnel");
  await admin.getByRole("link", { name: "System" }).click();
  await admin.getByRole("button", { name: "Send pending now" }).click();
  await expect(admin.getByTestId("toast")).toContainText("Outbox relay:");
  await context.close();
});

test("an admin finds creators by part of their handle, sorts by a header, selects three and sends them links", async ({ page, browser }) => {
  const tag = randomBytes(3).toString("hex");
  const emails: string[] = [];
  for (const suffix of ["a", "b", "c"]) {
    emails.push(await creatorStuckAtPayouts(page, `trio${tag}.${suffix}`));
    await page.context().clearCookies();
  }
  const admin = await adminPage(browser);
  await admin.goto("/admin");
  await admin.getByLabel("Search").fill(tag);
  await expect(admin.getByRole("link", { name: /@example\.test$/ })).toHaveCount(3);
  await expect(admin.getByText("3 creators match.")).toBeVisible();

  await admin.getByRole("link", { name: "Sort by Creator" }).click();
  await expect(admin).toHaveURL(/sort=email&order=asc/);
  await expect(admin.getByRole("columnheader", { name: /Creator/ })).toHaveAttribute("aria-sort", "ascending");
  await expect(admin.getByRole("link", { name: /@example\.test$/ })).toHaveText([...emails].sort());

  for (const email of emails) await admin.getByLabel(`Select ${email}`).check();
  await expect(admin.getByText("3 creators selected")).toBeVisible();
  await admin.getByRole("button", { name: "Send payout link" }).click();
  await expect(admin.getByRole("dialog")).toContainText("Send a payout link to 3 creators?");
  await screenshot(admin, "admin-4-bulk-confirm");
  await admin.getByRole("dialog").getByRole("button", { name: "Yes, send" }).click();
  await expect(admin.getByTestId("toast")).toContainText("Payout link sent to 3 creators.");
  await expect(admin).toHaveURL(new RegExp(`q=${tag}`));
  await admin.context().close();
});

test("a page past the end shows the last one, and the admin reads in French", async ({ browser }) => {
  const admin = await adminPage(browser);
  await admin.goto("/admin?page=9999");
  await expect(admin.locator('nav[aria-label="Pagination"] [aria-current="page"]')).toBeVisible();
  const last = await admin.locator('nav[aria-label="Pagination"] [aria-current="page"]').textContent();
  await expect(admin.getByText(new RegExp(`Page ${last} of ${last}`))).toBeVisible();
  await admin.getByRole("button", { name: "FR" }).click();
  await expect(admin.getByRole("heading", { name: "Créateurs" })).toBeVisible();
  await expect(admin.getByLabel("Bloqué à l'étape")).toBeVisible();
  await admin.goto("/admin/funnel");
  await expect(admin.getByRole("heading", { name: "Entonnoir d'inscription" })).toBeVisible();
  await admin.getByRole("button", { name: "EN" }).click();
  await admin.context().close();
});

test("a creator cannot open the admin", async ({ page }) => {
  await verifiedCreator(page);
  await page.goto("/admin");
  await expect(page.getByRole("heading", { name: "You do not have access to this page" })).toBeVisible();
  await page.goto("/admin/funnel");
  await expect(page.getByRole("heading", { name: "You do not have access to this page" })).toBeVisible();
});
