import { describe, expect, it } from "vitest";
import { decide, type SecurityConfig } from "@/lib/http/security";

const CONFIG: SecurityConfig = { isProduction: true, frontendUrl: "https://app.example", corsOrigins: ["https://app.example", "https://admin.example"], stripeOrigins: ["https://connect.stripe.com"] };
const SESSION = "next-auth.session-token=abc";

function request(method: string, path: string, headers: Record<string, string> = {}) {
  return { method, url: `https://app.example${path}`, headers: new Headers(headers) };
}

describe("security policy", () => {
  it("sets a nonce-based CSP and the security headers on every page", () => {
    const decision = decide(request("GET", "/onboarding/terms"), CONFIG, "n0nce");
    expect(decision.kind).toBe("continue");
    if (decision.kind !== "continue") return;
    const csp = decision.responseHeaders["content-security-policy"];
    expect(csp).toContain("script-src 'self' 'nonce-n0nce' 'strict-dynamic'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain("form-action 'self' https://connect.stripe.com");
    expect(csp).not.toContain("unsafe-eval");
    expect(decision.requestHeaders).toMatchObject({ "x-nonce": "n0nce", "content-security-policy": csp });
    expect(decision.responseHeaders).toMatchObject({
      "strict-transport-security": "max-age=63072000; includeSubDomains; preload",
      "x-content-type-options": "nosniff",
      "x-frame-options": "DENY",
      "referrer-policy": "strict-origin-when-cross-origin",
    });
  });

  it("no HSTS and a dev-friendly CSP outside production", () => {
    const decision = decide(request("GET", "/"), { ...CONFIG, isProduction: false, frontendUrl: "http://localhost:3000" }, "n");
    if (decision.kind !== "continue") throw new Error(decision.kind);
    expect(decision.responseHeaders["strict-transport-security"]).toBeUndefined();
    expect(decision.responseHeaders["content-security-policy"]).toContain("'unsafe-eval'");
  });

  it("redirects plain HTTP behind the proxy to HTTPS in production, on our origin whatever Host says", () => {
    expect(decide(request("GET", "/login?x=1", { "x-forwarded-proto": "http", host: "app.example" }), CONFIG, "n")).toEqual({ kind: "redirect", location: "https://app.example/login?x=1" });
    expect(decide(request("GET", "/login", { "x-forwarded-proto": "http", host: "evil.example" }), CONFIG, "n")).toEqual({ kind: "redirect", location: "https://app.example/login" });
    expect(decide(request("GET", "/login", { "x-forwarded-proto": "https" }), CONFIG, "n").kind).toBe("continue");
    // Health checks and the metrics scraper call the instance directly.
    expect(decide(request("GET", "/api/health", { "x-forwarded-proto": "http" }), CONFIG, "n").kind).toBe("continue");
  });

  it("answers CORS preflights for allowed origins only", () => {
    const allowed = decide(request("OPTIONS", "/api/v1/auth/register", { origin: "https://admin.example", "access-control-request-method": "POST" }), CONFIG, "n");
    expect(allowed).toMatchObject({ kind: "respond", status: 204, headers: { "access-control-allow-origin": "https://admin.example", "access-control-allow-credentials": "true", vary: "Origin" } });
    const refused = decide(request("OPTIONS", "/api/v1/auth/register", { origin: "https://evil.example" }), CONFIG, "n");
    expect(refused).toMatchObject({ kind: "respond", status: 403, body: { error: { code: "cors_origin_not_allowed" } } });
  });

  it("adds CORS headers to API answers for allowed foreign origins, never for others", () => {
    const allowed = decide(request("GET", "/api/v1/onboarding/status", { origin: "https://admin.example" }), CONFIG, "n");
    if (allowed.kind !== "continue") throw new Error(allowed.kind);
    expect(allowed.responseHeaders["access-control-allow-origin"]).toBe("https://admin.example");
    const other = decide(request("GET", "/api/v1/onboarding/status", { origin: "https://evil.example" }), CONFIG, "n");
    if (other.kind !== "continue") throw new Error(other.kind);
    expect(other.responseHeaders["access-control-allow-origin"]).toBeUndefined();
  });

  it("refuses cookie-authenticated writes from other origins (CSRF)", () => {
    expect(decide(request("POST", "/api/v1/stripe/connect/start", { cookie: SESSION, origin: "https://evil.example" }), CONFIG, "n")).toMatchObject({ kind: "respond", status: 403, body: { error: { code: "csrf_origin_mismatch" } } });
    expect(decide(request("POST", "/api/v1/stripe/connect/start", { cookie: SESSION, "sec-fetch-site": "cross-site" }), CONFIG, "n")).toMatchObject({ kind: "respond", status: 403 });
  });

  it("exempts a cross-site write only when a valid Bearer token authenticates it, never for any Authorization header", () => {
    const crossSite = { cookie: SESSION, origin: "https://evil.example" };
    expect(decide(request("POST", "/api/v1/stripe/connect/start", { ...crossSite, authorization: "Basic eDp5" }), CONFIG, "n")).toMatchObject({ kind: "respond", status: 403 });
    expect(decide(request("POST", "/api/v1/stripe/connect/start", { ...crossSite, authorization: "Bearer forged" }), CONFIG, "n", false)).toMatchObject({ kind: "respond", status: 403 });
    expect(decide(request("POST", "/api/v1/stripe/connect/start", { ...crossSite, authorization: "Bearer valid" }), CONFIG, "n", true).kind).toBe("continue");
  });

  it("refuses writes from other sites without any cookie too (cross-site pre-registration), on /api/v1 and next-auth's routes", () => {
    for (const path of ["/api/v1/auth/register", "/api/v1/auth/password/forgot", "/api/auth/callback/credentials", "/api/auth/signout"]) {
      expect(decide(request("POST", path, { origin: "https://evil.example" }), CONFIG, "n")).toMatchObject({ kind: "respond", status: 403, body: { error: { code: "csrf_origin_mismatch" } } });
      expect(decide(request("POST", path, { "sec-fetch-site": "cross-site" }), CONFIG, "n")).toMatchObject({ kind: "respond", status: 403 });
      expect(decide(request("POST", path, { origin: "https://app.example" }), CONFIG, "n").kind).toBe("continue");
    }
    // A server (no Origin, no Sec-Fetch-Site) and a browser on an allowed origin still register.
    expect(decide(request("POST", "/api/v1/auth/register", {}), CONFIG, "n").kind).toBe("continue");
    expect(decide(request("POST", "/api/v1/auth/register", { origin: "https://admin.example" }), CONFIG, "n").kind).toBe("continue");
  });

  it("lets same-origin cookie writes and cookie-less webhooks through", () => {
    expect(decide(request("POST", "/api/v1/stripe/connect/start", { cookie: SESSION, origin: "https://app.example" }), CONFIG, "n").kind).toBe("continue");
    expect(decide(request("POST", "/api/v1/webhooks/stripe", { "sec-fetch-site": "cross-site" }), CONFIG, "n").kind).toBe("continue");
  });
});
