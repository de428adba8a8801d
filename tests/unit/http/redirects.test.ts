import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { resetEnvCache } from "@/lib/env";
import { safeRedirect, sameOriginUrl } from "@/lib/http/redirects";

beforeAll(() => {
  process.env.FRONTEND_URL = "https://app.example";
  resetEnvCache();
});
afterAll(() => {
  delete process.env.FRONTEND_URL;
  resetEnvCache();
});

describe("redirect targets", () => {
  it.each([
    "/%5Cevil.example/x",
    "/\\evil.example/x",
    "/\tevil.example/x",
    "/\t/evil.example/x",
    "//evil.example/x",
    "///evil.example",
    "https://evil.example/x",
    "https://app.example@evil.example/x",
    "https://app.example.evil.example/",
    "http://app.example/x",
    "javascript:alert(1)",
    "data:text/html,<script>",
    "\\\\evil.example",
  ])("refuses %j and falls back", (target) => {
    const resolved = safeRedirect(target, "/onboarding");
    expect(new URL(resolved, "https://app.example").origin).toBe("https://app.example");
    // What a browser does with the Location header: it must stay on our origin.
    expect(new URL(resolved, "https://app.example/login").origin).toBe("https://app.example");
  });

  it("keeps paths on our origin, with their query and fragment", () => {
    expect(safeRedirect("/admin/creators/c1?tab=audit#top", "/onboarding")).toBe("/admin/creators/c1?tab=audit#top");
    expect(safeRedirect("https://app.example/dashboard", "/onboarding")).toBe("/dashboard");
    expect(safeRedirect(undefined, "/onboarding")).toBe("/onboarding");
  });

  it("collapses leading slashes that would make a path another host", () => {
    expect(safeRedirect("/.//evil.example/x", "/onboarding")).toBe("/evil.example/x");
    expect(safeRedirect("/.//evil.example", "/onboarding", { absolute: true })).toBe("https://app.example/evil.example");
  });

  it("resolves absolute targets for the Stripe return and refresh URLs", () => {
    expect(sameOriginUrl("https://app.example/onboarding/stripe/return?from=api")?.toString()).toBe("https://app.example/onboarding/stripe/return?from=api");
    expect(sameOriginUrl("https://evil.example/onboarding")).toBeNull();
  });
});
