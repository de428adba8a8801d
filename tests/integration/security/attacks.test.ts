import Stripe from "stripe";
import { describe, expect, it } from "vitest";
import { POST as register } from "@/app/api/v1/auth/register/route";
import { POST as issueToken } from "@/app/api/v1/auth/token/route";
import { POST as resend } from "@/app/api/v1/auth/verify-email/resend/route";
import { GET as me } from "@/app/api/v1/me/route";
import { listCreators, CreatorFilters } from "@/lib/admin/creators";
import { creatorDetail } from "@/lib/admin/creator-detail";
import { signOutEverywhere } from "@/lib/auth/outstanding";
import { createApiToken, createSessionCookie } from "@/lib/auth/session-token";
import { confirmEmail } from "@/lib/auth/verification";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { readRawBody } from "@/lib/http/api-route";
import { startPayoutsOnboarding } from "@/lib/onboarding/payouts";
import { callRoute, randomIp } from "../../support/http";
import { emailsTo, latestEmailTo, verificationTokenIn } from "../../support/mailbox";
import { stripeSandbox } from "../../support/integration-database";
import { deliverWebhook } from "../../support/stripe";
import { createAdmin, createCreator, createCreatorReadyForPayouts, FACTORY_PASSWORD, uniqueEmail } from "../../factories/users";
import { elapsed, median } from "../../support/timing";

const ATTACKER_PASSWORD = "attacker chose this one";
const VICTIM_PASSWORD = "the real owner's passphrase";

/** As a page of the app's own origin registers (its answer carries the registration cookie). */
function registerAs(email: string, password: string, ip = randomIp()) {
  return callRoute(register, "POST", "/api/v1/auth/register", { body: { email, password }, ip, headers: { origin: env().FRONTEND_URL } });
}

function tokenFor(email: string, password: string, ip = randomIp()) {
  return callRoute(issueToken, "POST", "/api/v1/auth/token", { body: { email, password }, ip });
}

describe("account pre-hijacking", () => {
  it("someone who registered the victim's address first is signed out and cannot sign in once the victim claims it", async () => {
    const victim = uniqueEmail("victim");
    // The attacker registers the victim's address with their own password, and signs in.
    const registration = await registerAs(victim, ATTACKER_PASSWORD);
    expect(registration.headers.get("set-cookie")).toMatch(/^ofm_registration=[\w-]{43}; Path=\/; Max-Age=\d+; HttpOnly; SameSite=Lax/);
    const attackerToken = (await tokenFor(victim, ATTACKER_PASSWORD)).body.data.access_token;
    expect((await callRoute(me, "GET", "/api/v1/me", { bearer: attackerToken })).status).toBe(200);

    // The victim opens the link in their own browser (no registration cookie): the link alone
    // does not sign anyone in — it needs that account's password, or a new one.
    const token = verificationTokenIn(await latestEmailTo(victim));
    await expect(confirmEmail({ token })).rejects.toMatchObject({ code: "password_required" });
    await expect(confirmEmail({ token, password: "a guess" })).rejects.toMatchObject({ code: "invalid_credentials" });
    const owner = await confirmEmail({ token, newPassword: VICTIM_PASSWORD });
    expect(owner.email).toBe(victim);

    // The attacker's session is gone and their password no longer works.
    expect((await callRoute(me, "GET", "/api/v1/me", { bearer: attackerToken })).status).toBe(401);
    expect((await tokenFor(victim, ATTACKER_PASSWORD)).status).toBe(401);
    expect((await tokenFor(victim, VICTIM_PASSWORD)).status).toBe(200);
  });

  it("the browser that registered confirms with one click and is signed in; its earlier sessions end", async () => {
    const email = uniqueEmail();
    const registration = await registerAs(email, VICTIM_PASSWORD);
    const browserSecret = registration.headers.get("set-cookie")!.split(";")[0].split("=")[1];
    const before = (await tokenFor(email, VICTIM_PASSWORD)).body.data.access_token;
    const token = verificationTokenIn(await latestEmailTo(email));
    const user = await confirmEmail({ token, browserSecret });
    expect(user).toMatchObject({ email, sessionVersion: 1 });
    expect((await callRoute(me, "GET", "/api/v1/me", { bearer: before })).status).toBe(401);
    expect((await callRoute(me, "GET", "/api/v1/me", { bearer: await createApiToken(user) })).status).toBe(200);
  });

  it("an owner whose address is held unverified by someone else gets a claim link by registering", async () => {
    const victim = uniqueEmail("victim");
    await registerAs(victim, ATTACKER_PASSWORD);
    await emailsTo(victim);
    await db.emailLog.updateMany({ where: { toAddress: victim }, data: { createdAt: new Date(Date.now() - 2 * 3_600_000) } });
    await registerAs(victim, VICTIM_PASSWORD);
    const notice = await latestEmailTo(victim);
    expect(notice.subject).toBe("Someone tried to sign up with your email");
    await confirmEmail({ token: verificationTokenIn(notice), newPassword: VICTIM_PASSWORD });
    expect((await tokenFor(victim, VICTIM_PASSWORD)).status).toBe(200);
  });
});

describe("enumeration by timing", () => {
  it("a resend answers in the same time for an unverified account and an unknown address (medians of 30)", async () => {
    const known: number[] = [];
    const unknown: number[] = [];
    const accounts = await Promise.all(Array.from({ length: 30 }, async () => (await createCreator()).email));
    for (const email of accounts) {
      known.push(await elapsed(() => callRoute(resend, "POST", "/api/v1/auth/verify-email/resend", { body: { email } })));
      unknown.push(await elapsed(() => callRoute(resend, "POST", "/api/v1/auth/verify-email/resend", { body: { email: uniqueEmail() } })));
    }
    const [a, b] = [median(known), median(unknown)];
    console.log(`resend median: unverified account ${a.toFixed(2)} ms, unknown address ${b.toFixed(2)} ms`);
    expect(Math.abs(a - b)).toBeLessThanOrEqual(Math.max(0.1 * Math.max(a, b), 1));
  });

  it("a registration answers in the same time for a new and an existing address (medians of 30)", async () => {
    const fresh: number[] = [];
    const existing: number[] = [];
    const taken = await Promise.all(Array.from({ length: 30 }, async () => (await createCreator()).email));
    for (const email of taken) {
      fresh.push(await elapsed(() => registerAs(uniqueEmail(), VICTIM_PASSWORD)));
      existing.push(await elapsed(() => registerAs(email, VICTIM_PASSWORD)));
    }
    const [a, b] = [median(fresh), median(existing)];
    console.log(`registration median: new ${a.toFixed(2)} ms, existing ${b.toFixed(2)} ms`);
    expect(Math.abs(a - b)).toBeLessThanOrEqual(0.1 * Math.max(a, b));
  });
});

describe("forged client addresses", () => {
  it("rotating X-Forwarded-For does not escape the per-address limit on sign-in", async () => {
    const ip = randomIp();
    const statuses: number[] = [];
    for (let attempt = 0; attempt < 101; attempt++) {
      statuses.push((await callRoute(issueToken, "POST", "/api/v1/auth/token", { body: { email: uniqueEmail(), password: "anything at all" }, ip: `${randomIp()}, ${ip}` })).status);
    }
    expect(statuses.slice(0, 100).every((status) => status === 401)).toBe(true);
    expect(statuses[100]).toBe(429);
  });

  it("rotating X-Forwarded-For does not escape the per-address limit on resend", async () => {
    const ip = randomIp();
    const statuses: number[] = [];
    for (let attempt = 0; attempt < 21; attempt++) {
      statuses.push((await callRoute(resend, "POST", "/api/v1/auth/verify-email/resend", { body: { email: uniqueEmail() }, ip: `${randomIp()}, ${ip}`, headers: { "x-real-ip": randomIp() } })).status);
    }
    expect(statuses.slice(0, 20).every((status) => status === 202)).toBe(true);
    expect(statuses[20]).toBe(429);
  });

  it("a 10 KB X-Forwarded-For is answered normally, never with a 5xx", async () => {
    const hostile = Array.from({ length: 800 }, () => "203.0.113.99").join(", ");
    const response = await callRoute(register, "POST", "/api/v1/auth/register", { body: { email: uniqueEmail(), password: VICTIM_PASSWORD }, ip: hostile });
    expect(response.status).toBe(201);
  });
});

describe("limits that cannot be turned against their owner", () => {
  it("resends from rotating addresses do not stop the owner asking for a link from their own", async () => {
    const creator = await createCreator();
    for (let attacker = 0; attacker < 10; attacker++) {
      expect((await callRoute(resend, "POST", "/api/v1/auth/verify-email/resend", { body: { email: creator.email } })).status).toBe(202);
    }
    expect((await callRoute(resend, "POST", "/api/v1/auth/verify-email/resend", { body: { email: creator.email } })).status).toBe(202);
    // Every one of those links still works: none kills the owner's.
    const links = (await emailsTo(creator.email)).map(verificationTokenIn);
    expect(new Set(links).size).toBe(links.length);
    expect(await db.verificationToken.count({ where: { userId: creator.id, used: false, expiresAt: { gt: new Date() } } })).toBe(links.length);
  });
});

describe("webhooks signed with a published secret", () => {
  it("refuses a Stripe event signed with the constant that used to ship in the repository", async () => {
    const creator = await createCreatorReadyForPayouts();
    const { accountId } = await startPayoutsOnboarding(creator.id);
    await stripeSandbox.completeOnboarding(accountId, "complete", { hold: true });
    const { payload } = await stripeSandbox.signedEvent(accountId);
    for (const secret of ["whsec_ofm_sandbox_local_signing_secret", "whsec_test", "whsec_"]) {
      const header = new Stripe("sk_test_x").webhooks.generateTestHeaderString({ payload, secret });
      const response = await deliverWebhook(payload, header);
      expect(response.status).toBe(400);
      expect(response.body.error.code).toBe("signature_invalid");
    }
    expect((await db.creatorProfile.findUniqueOrThrow({ where: { userId: creator.id } })).activatedAt).toBeNull();
  });
});

describe("sessions", () => {
  it("an old cookie and an old API token stop working after 'sign out everywhere'", async () => {
    const creator = await createCreator();
    const cookie = await createSessionCookie({ id: creator.id, email: creator.email, role: "creator", sessionVersion: creator.sessionVersion });
    const token = (await tokenFor(creator.email, FACTORY_PASSWORD)).body.data.access_token;
    expect((await callRoute(me, "GET", "/api/v1/me", { cookie: `${cookie.name}=${cookie.value}` })).status).toBe(200);
    await signOutEverywhere(creator.id);
    expect((await callRoute(me, "GET", "/api/v1/me", { cookie: `${cookie.name}=${cookie.value}` })).status).toBe(401);
    expect((await callRoute(me, "GET", "/api/v1/me", { bearer: token })).status).toBe(401);
  });

  it("a session cookie is not accepted as a Bearer token, nor an API token as a cookie", async () => {
    const creator = await createCreator();
    const subject = { id: creator.id, email: creator.email, role: "creator" as const, sessionVersion: 0 };
    const cookie = await createSessionCookie(subject);
    const apiToken = await createApiToken(subject);
    expect((await callRoute(me, "GET", "/api/v1/me", { bearer: cookie.value })).status).toBe(401);
    expect((await callRoute(me, "GET", "/api/v1/me", { cookie: `${cookie.name}=${apiToken}` })).status).toBe(401);
  });

  it("a request with any Authorization header is judged by it alone, never by its cookie", async () => {
    const creator = await createCreator();
    const cookie = await createSessionCookie({ id: creator.id, email: creator.email, role: "creator", sessionVersion: 0 });
    const response = await callRoute(me, "GET", "/api/v1/me", { cookie: `${cookie.name}=${cookie.value}`, headers: { authorization: "Basic eDp5" } });
    expect(response.status).toBe(401);
  });
});

describe("admin readers check the role themselves", () => {
  it("refuse a creator (or nobody) whatever the page or route already checked", async () => {
    const creator = await createCreator();
    const admin = await createAdmin();
    await expect(listCreators(creator, CreatorFilters.parse({}))).rejects.toMatchObject({ code: "forbidden" });
    await expect(creatorDetail(creator, creator.id)).rejects.toMatchObject({ code: "forbidden" });
    await expect(creatorDetail(null as never, creator.id)).rejects.toMatchObject({ code: "unauthenticated" });
    expect((await creatorDetail(admin, creator.id)).user.id).toBe(creator.id);
  });
});

describe("request bodies", () => {
  it("a chunked body past the limit is refused while it is read, not buffered first", async () => {
    let pulled = 0;
    const endless = new ReadableStream<Uint8Array>({
      pull(controller) {
        pulled += 1;
        controller.enqueue(new Uint8Array(16 * 1024).fill(0x61));
      },
    });
    const request = new Request("http://localhost/api/v1/auth/register", { method: "POST", body: endless, headers: { "content-type": "application/json" }, duplex: "half" } as RequestInit);
    await expect(readRawBody(request, 64 * 1024)).rejects.toMatchObject({ code: "payload_too_large", status: 413 });
    expect(pulled).toBeLessThanOrEqual(7);
  });

  it("invalid UTF-8 is refused with 400 invalid_encoding instead of decoding to U+FFFD", async () => {
    const email = uniqueEmail();
    const body = Buffer.concat([Buffer.from(`{"email":"${email}","password":"correct horse `), Buffer.from([0xff, 0xfe]), Buffer.from(` staple"}`)]);
    const response = await callRoute(register, "POST", "/api/v1/auth/register", { rawBody: body, headers: { "content-type": "application/json" } });
    expect(response.status).toBe(400);
    expect(response.body.error.code).toBe("invalid_encoding");
    expect(await db.user.count({ where: { email } })).toBe(0);
  });

  it("a password with a lone surrogate or U+FFFD is refused, so two different inputs cannot become one password", async () => {
    for (const password of ["correct horse \ud800 staple", "correct horse \ufffd staple"]) {
      const response = await callRoute(register, "POST", "/api/v1/auth/register", { body: { email: uniqueEmail(), password } });
      expect(response.status).toBe(422);
      expect(response.body.error.code).toBe("invalid_encoding");
    }
  });
});
