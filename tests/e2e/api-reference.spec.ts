import { expect, test } from "@playwright/test";

// The reference page renders the OpenAPI document with the app's own copy of Swagger UI: no
// request leaves the app's origin, and the app's CSP (nonce, 'strict-dynamic') lets it run.

test("the API reference, linked from the landing page, renders every endpoint from the app's own assets", async ({ page, baseURL }) => {
  const foreignRequests: string[] = [];
  const cspViolations: string[] = [];
  page.on("request", (request) => {
    if (!request.url().startsWith(baseURL!) && !request.url().startsWith("data:")) foreignRequests.push(request.url());
  });
  page.on("console", (message) => {
    if (/Content Security Policy|Refused to/i.test(message.text())) cspViolations.push(message.text());
  });

  await page.goto("/");
  await page.getByRole("link", { name: "API reference" }).click();
  await expect(page).toHaveURL(/\/docs\/api$/);
  await expect(page.getByRole("heading", { name: /OFM Onboarding API/ })).toBeVisible();

  const register = page.locator(".opblock-summary", { hasText: "/api/v1/auth/register" });
  await expect(register).toBeVisible();
  await register.click();
  await expect(page.getByText("Create a creator account").first()).toBeVisible();
  await expect(page.locator(".opblock").filter({ hasText: "/api/v1/onboarding/status" }).first()).toBeVisible();
  await page.screenshot({ path: "test-results/screenshots/api-reference.png", fullPage: false });

  expect(foreignRequests).toEqual([]);
  expect(cspViolations).toEqual([]);
});

test("the document it renders is served as JSON and cached", async ({ request }) => {
  const response = await request.get("/api/v1/openapi.json");
  expect(response.status()).toBe(200);
  expect(response.headers()["cache-control"]).toContain("max-age=300");
  const document = await response.json();
  expect(document.openapi).toBe("3.1.0");
  expect(Object.keys(document.paths)).toContain("/api/v1/auth/register");
});
