import { describe, expect, it } from "vitest";
import { POST as register } from "@/app/api/v1/auth/register/route";
import { POST as resend } from "@/app/api/v1/auth/verify-email/resend/route";
import { db } from "@/lib/db";
import { confirmEmail, inspectVerificationLink, requestVerificationEmail, type ConfirmEmailInput } from "@/lib/auth/verification";
import { callRoute, randomIp } from "../../support/http";
import { emailsTo, latestEmailTo, verificationTokenIn } from "../../support/mailbox";
import { uniqueEmail } from "../../factories/users";

const PASSWORD = "violet tram orbit canvas";

function registerAs(email: string, extra: Record<string, unknown> = {}, ip?: string) {
  return callRoute(register, "POST", "/api/v1/auth/register", { body: { email, password: PASSWORD, ...extra }, ip });
}

async function confirm(token: string, proof: Omit<ConfirmEmailInput, "token"> = { password: PASSWORD }) {
  return confirmEmail({ token, ...proof });
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

    expect(await inspectVerificationLink(token)).toEqual({ status: "valid", sameBrowser: false, email });
    await confirm(token);
    const verified = await db.user.findUniqueOrThrow({ where: { email }, include: { onboardingSession: true } });
    expect(verified.emailVerified).toBe(true);
    expect(verified.onboardingSession).toMatchObject({ currentStep: "email_verified" });
    expect(verified.onboardingSession?.emailVerifiedAt).toBeInstanceOf(Date);

    await expect(confirm(token)).rejects.toMatchObject({ code: "token_used" });
    expect(await inspectVerificationLink(token)).toEqual({ status: "used" });
  });

  it("refuses an expired link and lets its owner get a new one", async () => {
    const email = uniqueEmail();
    await registerAs(email);
    const token = verificationTokenIn(await latestEmailTo(email));
    await db.verificationToken.updateMany({ where: { user: { email } }, data: { expiresAt: new Date(Date.now() - 1000) } });

    await expect(confirm(token)).rejects.toMatchObject({ code: "token_expired" });
    expect((await db.user.findUniqueOrThrow({ where: { email } })).emailVerified).toBe(false);
    const before = (await emailsTo(email)).length;
    await requestVerificationEmail({ expiredToken: token });
    expect(await emailsTo(email)).toHaveLength(before + 1);
  });

  it("a resent link leaves the earlier one working, so an outsider's resends cannot kill the owner's link", async () => {
    const email = uniqueEmail();
    await registerAs(email);
    const first = verificationTokenIn(await latestEmailTo(email));

    const response = await callRoute(resend, "POST", "/api/v1/auth/verify-email/resend", { body: { email } });
    expect(response.status).toBe(202);
    const second = verificationTokenIn(await latestEmailTo(email));
    expect(second).not.toBe(first);

    await confirm(first);
    // Once the address is verified, every other link is used up.
    await expect(confirm(second)).rejects.toMatchObject({ code: "token_used" });
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
    expect(await inspectVerificationLink("not-a-real-token")).toEqual({ status: "invalid" });
    await expect(confirm("not-a-real-token")).rejects.toMatchObject({ code: "token_invalid" });
  });

  it("concurrent clicks on one link verify once", async () => {
    const email = uniqueEmail();
    await registerAs(email);
    const token = verificationTokenIn(await latestEmailTo(email));
    const results = await Promise.allSettled(Array.from({ length: 8 }, () => confirm(token)));
    expect(results.filter((result) => result.status === "fulfilled")).toHaveLength(1);
    expect(results.filter((result) => result.status === "rejected").map((result) => (result as PromiseRejectedResult).reason.code)).toEqual(Array(7).fill("token_used"));
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
    // Still unverified: the notice carries a link that lets the address's owner claim the account.
    expect(verificationTokenIn(after[0])).toBeTruthy();

    // At most one notice per account per hour, however many attempts.
    await registerAs(existing);
    expect(await emailsTo(existing)).toHaveLength(after.length);
  });

  it("twenty concurrent registrations of one address from one client create one user and no server error", async () => {
    const email = uniqueEmail();
    const ip = randomIp();
    const responses = await Promise.all(Array.from({ length: 20 }, () => registerAs(email, {}, ip)));
    const statuses = responses.map((response) => response.status);
    // Five per email and client per hour get through; the rest are rate-limited, never a 5xx.
    expect(statuses.filter((status) => status === 201)).toHaveLength(5);
    expect(statuses.filter((status) => status === 429)).toHaveLength(15);
    expect(await db.user.count({ where: { email } })).toBe(1);
    expect(await db.creatorProfile.count({ where: { user: { email } } })).toBe(1);
    expect(await db.onboardingSession.count({ where: { user: { email } } })).toBe(1);
  });

  it("limits registrations per (email, client) with 429 and Retry-After, under a generous per-email ceiling", async () => {
    const email = uniqueEmail();
    const ip = randomIp();
    const statuses: number[] = [];
    let last;
    for (let attempt = 0; attempt < 6; attempt++) {
      last = await registerAs(email, {}, ip);
      statuses.push(last.status);
    }
    expect(statuses).toEqual([201, 201, 201, 201, 201, 429]);
    expect(last!.body.error.code).toBe("rate_limited");
    expect(Number(last!.headers.get("retry-after"))).toBeGreaterThan(0);
    // The same address from another client is still served.
    expect((await registerAs(email, {}, randomIp())).status).toBe(201);
  });

  it("limits registrations per client address, whatever X-Forwarded-For the client writes", async () => {
    const ip = randomIp();
    const statuses: number[] = [];
    // The client's own "addresses" are ignored: only the right-most entry (what the server saw) counts.
    for (let attempt = 0; attempt < 21; attempt++) statuses.push((await registerAs(uniqueEmail(), {}, `${randomIp()}, ${ip}`)).status);
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
    await expectNothingWritten(() => callRoute(register, "POST", "/api/v1/auth/register", { body: { email: uniqueEmail(), password: "password123" } }), 422, "password_too_weak");
  });

  it("ignores unknown fields and accepts a long passphrase", async () => {
    const email = uniqueEmail();
    const response = await callRoute(register, "POST", "/api/v1/auth/register", { body: { email, password: "correct horse battery staple ".repeat(3) + "and a violet tram", role: "admin" } });
    expect(response.status).toBe(201);
    expect((await db.user.findUniqueOrThrow({ where: { email } })).role).toBe("creator");
  });
});
