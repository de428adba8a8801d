import { describe, expect, it } from "vitest";
import { POST as register } from "@/app/api/v1/auth/register/route";
import { POST as resend } from "@/app/api/v1/auth/verify-email/resend/route";
import { db } from "@/lib/db";
import { verifyEmailToken } from "@/lib/auth/verification";
import { callRoute, randomIp } from "../../support/http";
import { emailsTo, latestEmailTo, verificationTokenIn } from "../../support/mailbox";
import { uniqueEmail } from "../../factories/users";

const PASSWORD = "violet tram orbit canvas";

function registerAs(email: string, extra: Record<string, unknown> = {}, ip?: string) {
  return callRoute(register, "POST", "/api/v1/auth/register", { body: { email, password: PASSWORD, ...extra }, ip });
}

describe("registration and email verification", () => {
  it("creates the user, profile and onboarding session, and emails a working link in the creator's language", async () => {
    const email = uniqueEmail();
    const response = await registerAs(email.toUpperCase(), { language: "fr" });
    expect(response.status).toBe(201);
    expect(response.body.data).toMatchObject({ verificationRequired: true });

    const user = await db.user.findUniqueOrThrow({ where: { email }, include: { profile: true, onboardingSession: true } });
    expect(user).toMatchObject({ role: "creator", emailVerified: false });
    expect(user.passwordHash).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    expect(user.profile?.language).toBe("fr");
    expect(user.onboardingSession?.currentStep).toBe("registered");

    const message = await latestEmailTo(email);
    expect(message.subject).toBe("Confirmez votre adresse e-mail");
    expect(message.html).toContain(email);
    expect(message.text).toContain("expire dans 24 heures");
    const token = verificationTokenIn(message);
    expect(Buffer.from(token, "base64url").length).toBe(32);
    expect(await db.verificationToken.count({ where: { userId: user.id, tokenHash: token } })).toBe(0);

    const result = await verifyEmailToken(token);
    expect(result.status).toBe("verified");
    const verified = await db.user.findUniqueOrThrow({ where: { email }, include: { onboardingSession: true } });
    expect(verified.emailVerified).toBe(true);
    expect(verified.onboardingSession).toMatchObject({ currentStep: "email_verified" });
    expect(verified.onboardingSession?.emailVerifiedAt).toBeInstanceOf(Date);

    expect((await verifyEmailToken(token)).status).toBe("used");
  });

  it("refuses an expired link and lets its owner get a new one", async () => {
    const email = uniqueEmail();
    await registerAs(email);
    const token = verificationTokenIn(await latestEmailTo(email));
    await db.verificationToken.updateMany({ where: { user: { email } }, data: { expiresAt: new Date(Date.now() - 1000) } });

    expect(await verifyEmailToken(token)).toMatchObject({ status: "expired" });
    expect((await db.user.findUniqueOrThrow({ where: { email } })).emailVerified).toBe(false);
  });

  it("a resent link replaces the previous one", async () => {
    const email = uniqueEmail();
    await registerAs(email);
    const first = verificationTokenIn(await latestEmailTo(email));

    const response = await callRoute(resend, "POST", "/api/v1/auth/verify-email/resend", { body: { email } });
    expect(response.status).toBe(202);
    const second = verificationTokenIn(await latestEmailTo(email));
    expect(second).not.toBe(first);

    expect(await verifyEmailToken(first)).toMatchObject({ status: "expired" });
    expect(await verifyEmailToken(second)).toMatchObject({ status: "verified" });
  });

  it("answers a resend for an unknown address exactly like one for a real account", async () => {
    const email = uniqueEmail();
    await registerAs(email);
    const known = await callRoute(resend, "POST", "/api/v1/auth/verify-email/resend", { body: { email } });
    const unknown = await callRoute(resend, "POST", "/api/v1/auth/verify-email/resend", { body: { email: uniqueEmail() } });
    expect(unknown.status).toBe(known.status);
    expect(unknown.body).toEqual(known.body);
  });

  it("an unknown token is invalid", async () => {
    expect(await verifyEmailToken("not-a-real-token")).toEqual({ status: "invalid" });
  });

  it("concurrent clicks on one link verify once", async () => {
    const email = uniqueEmail();
    await registerAs(email);
    const token = verificationTokenIn(await latestEmailTo(email));
    const results = await Promise.all(Array.from({ length: 8 }, () => verifyEmailToken(token)));
    expect(results.filter((result) => result.status === "verified")).toHaveLength(1);
    expect(results.filter((result) => result.status === "used")).toHaveLength(7);
  });

  it("registering an existing address answers exactly like a new one and emails the owner instead", async () => {
    const existing = uniqueEmail();
    const fresh = uniqueEmail();
    await registerAs(existing);
    const before = await emailsTo(existing);

    const duplicate = await registerAs(` ${existing.toUpperCase()} `);
    const created = await registerAs(fresh);

    expect(duplicate.status).toBe(created.status);
    expect(duplicate.body).toEqual(created.body);
    expect(await db.user.count({ where: { email: existing } })).toBe(1);
    const after = await emailsTo(existing);
    expect(after.length).toBe(before.length + 1);
    expect(after[0].subject).toBe("Someone tried to sign up with your email");
  });

  it("twenty concurrent registrations of one address create one user and no server error", async () => {
    const email = uniqueEmail();
    const responses = await Promise.all(Array.from({ length: 20 }, () => registerAs(email)));
    const statuses = responses.map((response) => response.status);
    // Five per email per hour get through; the rest are rate-limited, never a 5xx.
    expect(statuses.filter((status) => status === 201)).toHaveLength(5);
    expect(statuses.filter((status) => status === 429)).toHaveLength(15);
    expect(await db.user.count({ where: { email } })).toBe(1);
    expect(await db.creatorProfile.count({ where: { user: { email } } })).toBe(1);
    expect(await db.onboardingSession.count({ where: { user: { email } } })).toBe(1);
  });

  it("limits registrations per email with 429 and Retry-After", async () => {
    const email = uniqueEmail();
    const statuses: number[] = [];
    let last;
    for (let attempt = 0; attempt < 6; attempt++) {
      last = await registerAs(email, {}, randomIp());
      statuses.push(last.status);
    }
    expect(statuses).toEqual([201, 201, 201, 201, 201, 429]);
    expect(last!.body.error.code).toBe("rate_limited");
    expect(Number(last!.headers.get("retry-after"))).toBeGreaterThan(0);
  });

  it("limits registrations per client address", async () => {
    const ip = randomIp();
    const statuses: number[] = [];
    for (let attempt = 0; attempt < 21; attempt++) statuses.push((await registerAs(uniqueEmail(), {}, ip)).status);
    expect(statuses.slice(0, 20).every((status) => status === 201)).toBe(true);
    expect(statuses[20]).toBe(429);
  });
});

describe("registration input", () => {
  async function expectNothingWritten(run: () => Promise<{ status: number; body: { error: { code: string } } }>, status: number, code: string) {
    const users = await db.user.count();
    const response = await run();
    expect(response.status).toBe(status);
    expect(response.body.error.code).toBe(code);
    expect(await db.user.count()).toBe(users);
    return response;
  }

  it("answers 400 to malformed JSON", async () => {
    await expectNothingWritten(() => callRoute(register, "POST", "/api/v1/auth/register", { rawBody: '{"email":', headers: { "content-type": "application/json" } }), 400, "invalid_json");
  });

  it("answers 415 to a body that is not JSON", async () => {
    await expectNothingWritten(() => callRoute(register, "POST", "/api/v1/auth/register", { rawBody: "<xml/>", headers: { "content-type": "text/xml" } }), 415, "unsupported_media_type");
  });

  it("answers 413 to a huge body", async () => {
    const huge = JSON.stringify({ email: uniqueEmail(), password: "x".repeat(100_000) });
    await expectNothingWritten(() => callRoute(register, "POST", "/api/v1/auth/register", { rawBody: huge, headers: { "content-type": "application/json" } }), 413, "payload_too_large");
  });

  it("lists every invalid field with a readable message", async () => {
    const response = await expectNothingWritten(
      () => callRoute(register, "POST", "/api/v1/auth/register", { body: { email: "nope", password: "short", language: "de" } }),
      422,
      "validation_failed",
    );
    expect((response.body.error as unknown as { fields: unknown }).fields).toEqual({
      email: "Enter a valid email address.",
      password: "Use at least 8 characters.",
      language: "Choose English or French.",
    });
  });

  it("refuses a common password with its own code", async () => {
    await expectNothingWritten(() => callRoute(register, "POST", "/api/v1/auth/register", { body: { email: uniqueEmail(), password: "password123" } }), 422, "password_too_common");
  });

  it("ignores unknown fields and accepts a long passphrase", async () => {
    const email = uniqueEmail();
    const response = await callRoute(register, "POST", "/api/v1/auth/register", { body: { email, password: "a".repeat(70) + " correct horse battery", role: "admin" } });
    expect(response.status).toBe(201);
    expect((await db.user.findUniqueOrThrow({ where: { email } })).role).toBe("creator");
  });
});
