import { expect, test } from "@playwright/test";

test("the landing page explains the product and links to sign-up and sign-in", async ({ page }) => {
  await page.goto("/");
  await expect(page).toHaveTitle(/OFM Onboarding/);
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Join the agency");
  await expect(page.getByRole("heading", { name: "How it works" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Start onboarding" })).toHaveAttribute("href", "/register");
  await expect(page.getByRole("link", { name: "I already have an account" })).toHaveAttribute("href", "/login");
  await page.screenshot({ path: "test-results/screenshots/landing.png", fullPage: true });
});

test("the system status link answers with a healthy database", async ({ page, request }) => {
  await page.goto("/");
  const href = await page.getByRole("link", { name: "System status" }).getAttribute("href");
  const response = await request.get(href!);
  expect(response.status()).toBe(200);
  expect(await response.json()).toMatchObject({ status: "ok", checks: { database: "ok" } });
});

test("the landing page fits a 360 px wide screen without horizontal scrolling", async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await page.goto("/");
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
});
