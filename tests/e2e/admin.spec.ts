import { expect, test } from "@playwright/test";
import { E2E_ADMIN } from "../../playwright.config";
import { acceptTerms, fillProfile, screenshot, signIn, uniqueEmail, verifiedCreator } from "./support";

test("an admin finds a creator stuck at payouts, sends a fresh link and sees it in the audit log", async ({ page, browser }) => {
  const email = await verifiedCreator(page, uniqueEmail("stuck"));
  await acceptTerms(page);
  await fillProfile(page, "stuck.creator");
  await page.getByRole("button", { name: "Save and continue" }).click();
  await expect(page).toHaveURL(/\/onboarding\/payouts$/);

  const context = await browser.newContext();
  const admin = await context.newPage();
  await signIn(admin, E2E_ADMIN.email, E2E_ADMIN.password);
  await expect(admin).toHaveURL(/\/admin$/);
  await admin.getByLabel("Stuck at step").selectOption("payouts");
  await admin.getByLabel("Search").fill(email);
  await admin.getByRole("button", { name: "Apply" }).click();
  await expect(admin).toHaveURL(/step=payouts/);
  await screenshot(admin, "admin-1-creators-stuck-at-payouts");

  await admin.getByRole("link", { name: email }).click();
  await expect(admin.getByRole("heading", { level: 1 })).toHaveText(email);
  await admin.getByRole("button", { name: "Send a fresh Stripe link" }).click();
  await expect(admin.getByRole("status")).toContainText("A link to continue Stripe onboarding is on its way");
  await expect(admin.getByTestId("audit-log")).toContainText("send stripe link — success");
  await screenshot(admin, "admin-2-creator-audit");

  await admin.getByRole("link", { name: "Funnel" }).click();
  await expect(admin.getByTestId("funnel-table")).toBeVisible();
  await screenshot(admin, "admin-3-funnel");
  await admin.getByRole("link", { name: "System" }).click();
  await expect(admin.getByText("STRIPE", { exact: false }).first()).toBeVisible();
  await admin.getByRole("button", { name: "Send pending now" }).click();
  await expect(admin.getByRole("status")).toContainText("Outbox relay:");
  await context.close();
});

test("a creator cannot open the admin", async ({ page }) => {
  await verifiedCreator(page);
  await page.goto("/admin");
  await expect(page.getByRole("heading", { name: "You do not have access to this page" })).toBeVisible();
  await page.goto("/admin/funnel");
  await expect(page.getByRole("heading", { name: "You do not have access to this page" })).toBeVisible();
});
