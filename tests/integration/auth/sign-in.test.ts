import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { POST as issueToken } from "@/app/api/v1/auth/token/route";
import { GET as me } from "@/app/api/v1/me/route";
import { ACCOUNT_FREE_ATTEMPTS, delayAfterAttempts, FREE_ATTEMPTS, MAX_ATTEMPTS, MAX_DELAY_MS } from "@/lib/auth/sign-in-throttle";
import { db } from "@/lib/db";
import { rateLimitKey } from "@/lib/http/rate-limit";
import { callRoute, randomIp } from "../../support/http";
import { createAdmin, createCreator, FACTORY_PASSWORD } from "../../factories/users";

/** Earlier attempts within the window, as the throttle counts them (the same table and keys). */
async function seedAttempts(dimension: "emailIp" | "email", subject: string, points: number) {
  const key = rateLimitKey("login", dimension, subject);
  await db.$executeRaw`INSERT INTO rate_limits (key, points, expire) VALUES (${key}, ${points}, ${BigInt(Date.now() + 15 * 60_000)})
    ON CONFLICT (key) DO UPDATE SET points = EXCLUDED.points, expire = EXCLUDED.expire`;
}

async function tokenFor(email: string, password = FACTORY_PASSWORD) {
  return callRoute(issueToken, "POST", "/api/v1/auth/token", { body: { email, password } });
}

describe("API tokens", () => {
  it("exchanges email and password for a short-lived Bearer token carrying the role", async () => {
    const creator = await createCreator();
    const response = await tokenFor(creator.email.toUpperCase());
    expect(response.status).toBe(200);
    expect(response.body.data).toMatchObject({ token_type: "Bearer", expires_in: 900, role: "creator" });

    const profile = await callRoute(me, "GET", "/api/v1/me", { bearer: response.body.data.access_token });
    expect(profile.status).toBe(200);
    expect(profile.body.data).toMatchObject({ id: creator.id, email: creator.email, role: "creator" });
  });

  it("answers the same 401 for a wrong password and an unknown email", async () => {
    const creator = await createCreator();
    const wrongPassword = await tokenFor(creator.email, "not the password at all");
    const unknownEmail = await tokenFor("nobody-here@example.test");
    expect(wrongPassword.status).toBe(401);
    expect(unknownEmail.status).toBe(401);
    expect(wrongPassword.body.error.code).toBe("invalid_credentials");
    expect({ ...wrongPassword.body.error, requestId: undefined }).toEqual({ ...unknownEmail.body.error, requestId: undefined });
  });

  it("reads the account from the database on every request: a disabled account loses access at once", async () => {
    const creator = await createCreator();
    const token = (await tokenFor(creator.email)).body.data.access_token;
    await db.user.update({ where: { id: creator.id }, data: { disabledAt: new Date() } });
    expect((await callRoute(me, "GET", "/api/v1/me", { bearer: token })).status).toBe(401);
    expect((await tokenFor(creator.email)).body.error.code).toBe("account_disabled");
  });

  it("refuses a tampered or foreign token", async () => {
    const creator = await createCreator();
    const token: string = (await tokenFor(creator.email)).body.data.access_token;
    const tampered = token.slice(0, -4) + (token.endsWith("AAAA") ? "BBBB" : "AAAA");
    expect((await callRoute(me, "GET", "/api/v1/me", { bearer: tampered })).status).toBe(401);
    expect((await callRoute(me, "GET", "/api/v1/me", { bearer: "eyJhbGciOiJub25lIn0.eyJzdWIiOiJ4In0." })).status).toBe(401);
  });

  it("an attacker's failures from one address slow that address down, then refuse it with 429", async () => {
    const creator = await createCreator();
    const attacker = randomIp();
    for (let attempt = 0; attempt < FREE_ATTEMPTS; attempt++) {
      expect((await callRoute(issueToken, "POST", "/api/v1/auth/token", { body: { email: creator.email, password: "wrong password" }, ip: attacker })).status).toBe(401);
    }
    const started = performance.now();
    expect((await callRoute(issueToken, "POST", "/api/v1/auth/token", { body: { email: creator.email, password: "wrong password" }, ip: attacker })).status).toBe(401);
    expect(performance.now() - started).toBeGreaterThanOrEqual(delayAfterAttempts(FREE_ATTEMPTS) - 5);
    await seedAttempts("emailIp", `${creator.email} ${attacker}`, MAX_ATTEMPTS);
    const refused = await callRoute(issueToken, "POST", "/api/v1/auth/token", { body: { email: creator.email, password: FACTORY_PASSWORD }, ip: attacker });
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get("retry-after"))).toBeGreaterThan(0);
  });

  // The attack: the limit was read before the password check, so 40 guesses sent together were all checked.
  it("40 wrong passwords sent at once from one address: at most ten are checked, the rest answered 429", async () => {
    const creator = await createCreator();
    const attacker = randomIp();
    const answers = await Promise.all(
      Array.from({ length: 40 }, (_, guess) => callRoute(issueToken, "POST", "/api/v1/auth/token", { body: { email: creator.email, password: `parallel guess ${guess}` }, ip: attacker })),
    );
    const statuses = answers.map((answer) => answer.status);
    expect(statuses.filter((status) => status === 401)).toHaveLength(MAX_ATTEMPTS);
    expect(statuses.filter((status) => status === 429)).toHaveLength(40 - MAX_ATTEMPTS);
  }, 30_000);

  it("the owner still signs in after ten failures for their address from other addresses (no lockout)", async () => {
    for (const target of [await createCreator(), await createAdmin()]) {
      for (let attacker = 0; attacker < 10; attacker++) {
        expect((await callRoute(issueToken, "POST", "/api/v1/auth/token", { body: { email: target.email, password: "guess number " + attacker }, ip: randomIp() })).status).toBe(401);
      }
      expect((await callRoute(issueToken, "POST", "/api/v1/auth/token", { body: { email: target.email, password: FACTORY_PASSWORD }, ip: randomIp() })).status).toBe(200);
    }
  });

  it("guesses spread over many addresses slow the account down from new addresses, never from the owner's own, and never refuse it", async () => {
    const creator = await createCreator();
    const home = randomIp();
    expect((await callRoute(issueToken, "POST", "/api/v1/auth/token", { body: { email: creator.email, password: FACTORY_PASSWORD }, ip: home })).status).toBe(200);
    // As if a botnet had already sent far more guesses than the account's free allowance.
    await seedAttempts("email", creator.email, ACCOUNT_FREE_ATTEMPTS + 10);
    const fromElsewhere = performance.now();
    expect((await callRoute(issueToken, "POST", "/api/v1/auth/token", { body: { email: creator.email, password: "botnet guess" }, ip: randomIp() })).status).toBe(401);
    expect(performance.now() - fromElsewhere).toBeGreaterThanOrEqual(MAX_DELAY_MS - 5);
    // The owner's own address (they signed in from it before) is not slowed, and is let in.
    const fromHome = performance.now();
    expect((await callRoute(issueToken, "POST", "/api/v1/auth/token", { body: { email: creator.email, password: FACTORY_PASSWORD }, ip: home })).status).toBe(200);
    expect(performance.now() - fromHome).toBeLessThan(MAX_DELAY_MS / 2);
    // Their success cleared the account's count: a new address is served without waiting again.
    expect((await db.$queryRaw<unknown[]>`SELECT 1 FROM rate_limits WHERE key = ${rateLimitKey("login", "email", creator.email)}`).length).toBe(0);
  }, 30_000);

  it("a successful sign-in clears that address's attempts", async () => {
    const creator = await createCreator();
    const ip = randomIp();
    await seedAttempts("emailIp", `${creator.email} ${ip}`, FREE_ATTEMPTS + 1);
    expect((await callRoute(issueToken, "POST", "/api/v1/auth/token", { body: { email: creator.email, password: FACTORY_PASSWORD }, ip })).status).toBe(200);
    expect((await db.$queryRaw<unknown[]>`SELECT 1 FROM rate_limits WHERE key = ${rateLimitKey("login", "emailIp", `${creator.email} ${ip}`)}`).length).toBe(0);
  });
});

// Every route under app/api/v1, found on disk, so a new route cannot skip the checks.
const PUBLIC_ROUTES = new Set(["POST /api/v1/auth/register", "POST /api/v1/auth/token", "POST /api/v1/auth/password/forgot", "POST /api/v1/auth/password/reset", "POST /api/v1/auth/verify-email/resend", "POST /api/v1/auth/verify-email", "POST /api/v1/webhooks/stripe", "POST /api/v1/webhooks/resend", "POST /api/v1/webhooks/sendgrid", "POST /api/v1/webhooks/ses", "GET /api/v1/openapi.json", "POST /api/v1/email-preferences/unsubscribe"]);

function apiRouteFiles(dir = path.resolve("app/api/v1")): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    return entry.isDirectory() ? apiRouteFiles(full) : entry.name === "route.ts" ? [full] : [];
  });
}

async function everyRoute() {
  const routes: Array<{ name: string; path: string; method: string; params: Record<string, string>; handler: Parameters<typeof callRoute>[0] }> = [];
  for (const file of apiRouteFiles()) {
    const routePath = "/" + path.relative(path.resolve("app"), path.dirname(file)).split(path.sep).join("/");
    const handlers = (await import(/* @vite-ignore */ file)) as Record<string, unknown>;
    for (const method of ["GET", "POST", "PUT", "PATCH", "DELETE"]) {
      const params = Object.fromEntries([...routePath.matchAll(/\[(\w+)\]/g)].map((match) => [match[1], "x"]));
      if (typeof handlers[method] === "function") routes.push({ name: `${method} ${routePath}`, path: routePath.replace(/\[(\w+)\]/g, "x"), method, params, handler: handlers[method] as never });
    }
  }
  return routes;
}

describe("role checks on every /api/v1 route", () => {
  it("the walk finds the routes", async () => {
    const names = (await everyRoute()).map((route) => route.name);
    expect(names).toContain("GET /api/v1/me");
    expect(names).toContain("POST /api/v1/auth/register");
  });

  it("every non-public route answers 401 without a session or token", async () => {
    for (const route of await everyRoute()) {
      if (PUBLIC_ROUTES.has(route.name)) continue;
      const response = await callRoute(route.handler, route.method, route.path, { body: route.method === "GET" ? undefined : {} });
      expect({ route: route.name, status: response.status, code: response.body?.error?.code }).toEqual({ route: route.name, status: 401, code: "unauthenticated" });
    }
  });

  it("every admin route answers 403 to a creator and lets an admin in", async () => {
    const creator = await createCreator();
    const admin = await createAdmin();
    const creatorToken = (await tokenFor(creator.email)).body.data.access_token;
    const adminToken = (await tokenFor(admin.email)).body.data.access_token;
    for (const route of (await everyRoute()).filter((candidate) => candidate.path.includes("/admin/"))) {
      const asCreator = await callRoute(route.handler, route.method, route.path, { bearer: creatorToken, params: route.params, body: route.method === "GET" ? undefined : {} });
      expect({ route: route.name, status: asCreator.status }).toEqual({ route: route.name, status: 403 });
      const asAdmin = await callRoute(route.handler, route.method, route.path, { bearer: adminToken, params: route.params, body: route.method === "GET" ? undefined : {} });
      // Let in: neither refused nor failing (an empty body may be invalid: a 4xx of its own).
      expect({ route: route.name, refused: [401, 403].includes(asAdmin.status), failed: asAdmin.status >= 500 }).toEqual({ route: route.name, refused: false, failed: false });
    }
  });
});

describe("session cookies on the API", () => {
  it("every /api/v1 route accepts the browser session cookie as well as a Bearer token", async () => {
    const { createSessionCookie } = await import("@/lib/auth/session-token");
    const creator = await createCreator();
    const cookie = await createSessionCookie({ id: creator.id, email: creator.email, role: "creator", sessionVersion: 0 });
    const response = await callRoute(me, "GET", "/api/v1/me", { cookie: `${cookie.name}=${cookie.value}` });
    expect(response.status).toBe(200);
    expect(response.body.data.id).toBe(creator.id);
    expect((await callRoute(me, "GET", "/api/v1/me", { cookie: `${cookie.name}=${cookie.value.slice(0, -3)}xyz` })).status).toBe(401);
  });
});
