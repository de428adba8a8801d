import { createSign, generateKeyPairSync, randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { refusedStart, startProductionServer, type ProductionServer } from "../../support/production-server";

// Against `npm start` (production build, NODE_ENV=production), as an attacker on 127.0.0.1 would.

describe("production refuses to run unsafely configured", () => {
  it("exits non-zero without keys, naming every one that is missing", async () => {
    const { status, output } = await refusedStart({});
    expect(status).not.toBe(0);
    for (const name of ["AUTH_SECRET", "FRONTEND_URL", "STRIPE_SECRET_KEY", "STRIPE_WEBHOOK_SECRET", "RESEND_API_KEY"]) expect(output).toContain(name);
  }, 60_000);

  it("exits non-zero with a plain-http public origin", async () => {
    const { status, output } = await refusedStart({ AUTH_SECRET: "x".repeat(40), FRONTEND_URL: "http://onboarding.example", ALLOW_SANDBOX_IN_PRODUCTION: "true" });
    expect(status).not.toBe(0);
    expect(output).toContain("FRONTEND_URL must be an https origin in production");
  }, 60_000);

  // INNGEST_DEV makes the SDK skip signature checks: /api/inngest would run any function for anyone.
  it("exits non-zero with INNGEST_DEV, even on a staging host, and with half an Inngest configuration", async () => {
    const staging = { AUTH_SECRET: "x".repeat(40), FRONTEND_URL: "https://onboarding.example", ALLOW_SANDBOX_IN_PRODUCTION: "true" };
    const dev = await refusedStart({ ...staging, INNGEST_DEV: "1" });
    expect(dev.status).not.toBe(0);
    expect(dev.output).toContain("INNGEST_DEV is not allowed in production");
    const signingOnly = await refusedStart({ ...staging, INNGEST_SIGNING_KEY: "signkey-prod-1" });
    expect(signingOnly.status).not.toBe(0);
    expect(signingOnly.output).toContain("INNGEST_EVENT_KEY is required with INNGEST_SIGNING_KEY");
  }, 60_000);
});

const ADMIN = { email: "first-admin@agency.example", password: "a long bootstrap passphrase 9931" };

/** The `name=value` pairs a response sets, as a browser would keep them. */
function cookiesFrom(response: Response, jar: Map<string, string> = new Map()): Map<string, string> {
  for (const line of response.headers.getSetCookie()) {
    const [pair] = line.split(";");
    const at = pair.indexOf("=");
    jar.set(pair.slice(0, at), pair.slice(at + 1));
  }
  return jar;
}

const cookieHeader = (jar: Map<string, string>) => [...jar].filter(([, value]) => value !== "").map(([name, value]) => `${name}=${value}`).join("; ");

describe("a production server with real keys", () => {
  let server: ProductionServer;
  // SendGrid's Event Webhook key pair, as Mail Settings → Signed Event Webhook makes one.
  const sendgridKeys = generateKeyPairSync("ec", { namedCurve: "prime256v1" });
  beforeAll(async () => {
    // Well-formed keys: nothing at start-up calls Stripe or Resend.
    server = await startProductionServer({
      AUTH_SECRET: "production-test-secret-production-test-secret",
      STRIPE_SECRET_KEY: "sk_test_production_test",
      STRIPE_WEBHOOK_SECRET: "whsec_production_test_secret",
      RESEND_API_KEY: "re_production_test",
      RESEND_WEBHOOK_SECRET: "whsec_cHJvZHVjdGlvbi10ZXN0LXNlY3JldA==",
      SENDGRID_WEBHOOK_PUBLIC_KEY: sendgridKeys.publicKey.export({ type: "spki", format: "der" }).toString("base64"),
      BOOTSTRAP_ADMIN_EMAIL: ADMIN.email,
      BOOTSTRAP_ADMIN_PASSWORD: ADMIN.password,
    });
  }, 240_000);
  afterAll(() => server?.stop());

  it("without Inngest keys runs the jobs itself, and /api/inngest runs nothing for a forged call", async () => {
    const forged = { ctx: { fn_id: "ofm-onboarding-analyse-creator", run_id: "run_forged", step_id: "step" }, event: { name: "creator/activated", data: { userId: "00000000-0000-0000-0000-000000000000" } }, events: [], steps: {}, version: 1 };
    for (const method of ["GET", "PUT", "POST"]) {
      const response = await fetch(`${server.url}/api/inngest?fnId=ofm-onboarding-analyse-creator&stepId=step`, { method, headers: { "content-type": "application/json" }, body: method === "GET" ? undefined : JSON.stringify(forged) });
      expect({ method, status: response.status }).toEqual({ method, status: 404 });
    }
  });

  // Through the proxy (proxy.ts runs for every route): it used to hand the route only the first 512 KB.
  it("reads a signed SendGrid batch of up to 1 MB whole, and refuses a larger one with 413", async () => {
    const signedBatch = (targetBytes: number) => {
      const events: Array<Record<string, unknown>> = [];
      // Few, large events (SendGrid adds the message's custom arguments to each): the size is the point, not the count.
      while (JSON.stringify(events).length < targetBytes) events.push({ email: `batch-${events.length}@example.test`, event: "open", sg_event_id: randomUUID(), sg_message_id: `msg-${events.length}`, timestamp: Math.floor(Date.now() / 1000), campaign: "x".repeat(8_000) });
      const body = JSON.stringify(events);
      const timestamp = String(Math.floor(Date.now() / 1000));
      const signature = createSign("sha256").update(timestamp + body).sign(sendgridKeys.privateKey, "base64");
      return { body, headers: { "content-type": "application/json", "x-twilio-email-event-webhook-signature": signature, "x-twilio-email-event-webhook-timestamp": timestamp } };
    };
    const large = signedBatch(900 * 1024);
    const accepted = await fetch(`${server.url}/api/v1/webhooks/sendgrid`, { method: "POST", ...large });
    expect(accepted.status).toBe(200);
    const tooLarge = signedBatch(1024 * 1024 + 10);
    const refused = await fetch(`${server.url}/api/v1/webhooks/sendgrid`, { method: "POST", ...tooLarge });
    expect(refused.status).toBe(413);
  });

  it("answers a path that does not percent-decode like any other unknown path: branded, with the security headers", async () => {
    for (const path of ["/admin/creators/%ZZ", "/onboarding/%E0%A4%A", "/api/v1/admin/creators/%ZZ"]) {
      const response = await fetch(`${server.url}${path}`, { redirect: "manual" });
      expect({ path, status: response.status < 500, csp: response.headers.has("content-security-policy") || response.headers.has("x-content-type-options") }).toEqual({ path, status: true, csp: true });
    }
    const page = await fetch(`${server.url}/terms/%ZZ`, { redirect: "manual" });
    expect(page.status).toBe(404);
    expect(page.headers.get("content-security-policy")).toContain("default-src 'self'");
    expect(await page.text()).toContain("<html");
  });

  // Row 9, as next-auth's own endpoints are called by the browser: a copied cookie outlived sign-out.
  it("after signing out, a copy of the session cookie reads neither /api/v1/me nor /api/auth/session", async () => {
    const jar = new Map<string, string>();
    const csrf = await fetch(`${server.url}/api/auth/csrf`);
    const { csrfToken } = (await csrf.json()) as { csrfToken: string };
    cookiesFrom(csrf, jar);
    const form = (fields: Record<string, string>) => ({ method: "POST", redirect: "manual" as const, headers: { "content-type": "application/x-www-form-urlencoded", origin: server.url, cookie: cookieHeader(jar) }, body: new URLSearchParams(fields).toString() });
    cookiesFrom(await fetch(`${server.url}/api/auth/callback/credentials`, form({ csrfToken, email: ADMIN.email, password: ADMIN.password, json: "true" })), jar);
    const copied = cookieHeader(jar);
    const session = async (cookie: string) => (await fetch(`${server.url}/api/auth/session`, { headers: { cookie } })).json() as Promise<{ user?: { email: string } }>;
    expect((await session(copied)).user?.email).toBe(ADMIN.email);
    expect((await fetch(`${server.url}/api/v1/me`, { headers: { cookie: copied } })).status).toBe(200);

    cookiesFrom(await fetch(`${server.url}/api/auth/signout`, form({ csrfToken, json: "true" })), jar);
    expect((await fetch(`${server.url}/api/v1/me`, { headers: { cookie: copied } })).status).toBe(401);
    const refused = await fetch(`${server.url}/api/auth/session`, { headers: { cookie: copied } });
    expect(await refused.json()).toEqual({});
    // The cookie is cleared, not renewed for another week.
    expect(refused.headers.getSetCookie().filter((line) => line.startsWith("next-auth.session-token=") && !/Max-Age=0|Expires=Thu, 01 Jan 1970/i.test(line))).toEqual([]);
  });

  it("sends Stripe's return and refresh paths of the original specification to ours, query and all", async () => {
    for (const [from, to] of [["/onboarding/stripe-return?account=acct_1", "/onboarding/stripe/return?account=acct_1"], ["/onboarding/stripe-refresh", "/onboarding/stripe/refresh"]]) {
      const response = await fetch(`${server.url}${from}`, { redirect: "manual" });
      expect({ from, status: response.status, location: new URL(response.headers.get("location")!, server.url).pathname + new URL(response.headers.get("location")!, server.url).search }).toEqual({ from, status: 308, location: to });
    }
  });

  it("has no /dev/mailbox at all", async () => {
    for (const path of ["/dev/mailbox", "/dev/mailbox/00000000-0000-0000-0000-000000000000"]) {
      const response = await fetch(`${server.url}${path}`, { redirect: "manual" });
      expect({ path, status: response.status }).toEqual({ path, status: 404 });
    }
  });

  it("shows no sandbox banner", async () => {
    expect(await (await fetch(server.url)).text()).not.toContain("Test mode");
  });

  it("refuses a webhook signed with the sandbox secret that used to be a constant", async () => {
    const { default: Stripe } = await import("stripe");
    const payload = JSON.stringify({ id: "evt_forged", object: "event", type: "account.updated", account: "acct_x", livemode: false, created: Math.floor(Date.now() / 1000), data: { object: { id: "acct_x", object: "account" } } });
    const header = new Stripe("sk_test_x").webhooks.generateTestHeaderString({ payload, secret: "whsec_ofm_sandbox_local_signing_secret" });
    const response = await fetch(`${server.url}/api/v1/webhooks/stripe`, { method: "POST", headers: { "content-type": "application/json", "stripe-signature": header }, body: payload });
    expect(response.status).toBe(400);
    expect(((await response.json()) as { error: { code: string } }).error.code).toBe("signature_invalid");
  });

  it("counts rate limits by the address it saw, whatever X-Forwarded-For says", async () => {
    const statuses: number[] = [];
    for (let attempt = 0; attempt < 21; attempt++) {
      const response = await fetch(`${server.url}/api/v1/auth/verify-email/resend`, {
        method: "POST",
        headers: { "content-type": "application/json", "x-forwarded-for": `198.51.100.${attempt}`, "x-real-ip": `203.0.113.${attempt}` },
        body: JSON.stringify({ email: `nobody-${attempt}@example.test` }),
      });
      statuses.push(response.status);
    }
    expect(statuses.slice(0, 20).every((status) => status === 202)).toBe(true);
    expect(statuses[20]).toBe(429);
  });

  it("refuses a streamed body past the limit with 413", async () => {
    const chunk = new Uint8Array(64 * 1024).fill(0x20);
    let sent = 0;
    const body = new ReadableStream<Uint8Array>({
      pull(controller) {
        sent += chunk.length;
        if (sent > 4 * 1024 * 1024) controller.close();
        else controller.enqueue(chunk);
      },
    });
    const response = await fetch(`${server.url}/api/v1/auth/register`, { method: "POST", headers: { "content-type": "application/json" }, body, duplex: "half" } as RequestInit);
    expect(response.status).toBe(413);
  });
});

describe("behind a TLS-terminating proxy", () => {
  let server: ProductionServer;
  beforeAll(async () => {
    server = await startProductionServer({ AUTH_SECRET: "production-test-secret-production-test-secret", FRONTEND_URL: "https://onboarding.example", ALLOW_SANDBOX_IN_PRODUCTION: "true" });
  }, 240_000);
  afterAll(() => server?.stop());

  it("redirects plain HTTP to HTTPS on FRONTEND_URL's origin, never the Host header", async () => {
    const response = await fetch(`${server.url}/login?x=1`, { redirect: "manual", headers: { "x-forwarded-proto": "http", host: "evil.example" } });
    expect(response.status).toBe(308);
    expect(response.headers.get("location")).toBe("https://onboarding.example/login?x=1");
  });

  it("sends HSTS", async () => {
    const response = await fetch(`${server.url}/login`, { headers: { "x-forwarded-proto": "https" } });
    expect(response.headers.get("strict-transport-security")).toContain("max-age=63072000");
  });

  it("shows the sandbox banner on every page when the sandboxes are opted into", async () => {
    expect(await (await fetch(`${server.url}/login`, { headers: { "x-forwarded-proto": "https" } })).text()).toContain("Test mode: payouts and emails are simulated");
  });

  it("keeps /dev/mailbox for admins: anyone else is sent to sign in", async () => {
    const response = await fetch(`${server.url}/dev/mailbox`, { redirect: "manual", headers: { "x-forwarded-proto": "https" } });
    expect(response.status).toBe(307);
    expect(response.headers.get("location")).toContain("/login?callbackUrl=%2Fdev%2Fmailbox");
  });
});
