import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { POST as register } from "@/app/api/v1/auth/register/route";
import { POST as issueToken } from "@/app/api/v1/auth/token/route";
import { POST as verifyEmail } from "@/app/api/v1/auth/verify-email/route";
import { PUT as saveProfile } from "@/app/api/v1/onboarding/profile/route";
import { GET as status } from "@/app/api/v1/onboarding/status/route";
import { POST as acceptTerms } from "@/app/api/v1/onboarding/terms/route";
import { POST as connectStart } from "@/app/api/v1/stripe/connect/start/route";
import { GET as document } from "@/app/api/v1/openapi.json/route";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { runJourney } from "../../../examples/api-client";
import { callRoute, inProcessFetch } from "../../support/http";
import { stripeSandbox } from "../../support/integration-database";
import { latestEmailTo, verificationTokenIn } from "../../support/mailbox";
import { createAdmin, createCreator, FACTORY_PASSWORD } from "../../factories/users";

const HANDLERS = [register, verifyEmail, issueToken, status, acceptTerms, saveProfile, connectStart, document];
const PASSWORD = "a long passphrase nobody guesses 81";

const freshEmail = () => `api-${randomUUID().slice(0, 8)}@example.test`;

async function registerAndReadToken(email: string) {
  // A front end on the app's own origin, as a browser sends it.
  const registered = await callRoute(register, "POST", "/api/v1/auth/register", { body: { email, password: PASSWORD }, headers: { origin: env().FRONTEND_URL } });
  expect(registered.status).toBe(201);
  return { cookie: registered.headers.get("set-cookie")!.split(";")[0], token: verificationTokenIn(await latestEmailTo(email)) };
}

describe("examples/api-client.ts", () => {
  it("runs a creator's whole onboarding through the typed client, every answer held to the document", async () => {
    const email = freshEmail();
    const result = await runJourney({
      baseUrl: "http://localhost",
      fetch: inProcessFetch(HANDLERS),
      email,
      password: PASSWORD,
      verificationToken: async (address) => verificationTokenIn(await latestEmailTo(address)),
    });

    expect(result.statusAfterVerification).toMatchObject({ current_step: "email_verified", next_step: { page: "terms" } });
    expect(result.statusAfterProfile).toMatchObject({ current_step: "profile_completed", next_step: { page: "payouts" } });
    expect(result.onboardingUrl).toMatch(new RegExp(`^${stripeSandbox.url}/connect/onboarding/link_`));
    const user = await db.user.findUniqueOrThrow({ where: { email }, include: { profile: true, onboardingSession: true } });
    expect(user.emailVerified).toBe(true);
    expect(user.profile).toMatchObject({ country: "FR", contentCategories: ["fitness", "lifestyle"] });
    expect(user.onboardingSession?.currentStep).toBe("stripe_started");
  });
});

describe("POST /api/v1/auth/verify-email", () => {
  it("in the client that registered (its cookie), confirms with the token alone and signs in", async () => {
    const email = freshEmail();
    const { cookie, token } = await registerAndReadToken(email);
    const confirmed = await callRoute(verifyEmail, "POST", "/api/v1/auth/verify-email", { cookie, body: { token } });
    expect(confirmed.status).toBe(200);
    expect(confirmed.body.data).toMatchObject({ token_type: "Bearer", role: "creator" });
    expect(confirmed.headers.get("set-cookie")).toContain("ofm_registration=; Path=/; Max-Age=0");
    const me = await callRoute(status, "GET", "/api/v1/onboarding/status", { bearer: confirmed.body.data.access_token });
    expect(me.body.data.current_step).toBe("email_verified");
  });

  it("from any other client, asks for the account's password and refuses a wrong one, leaving the link usable", async () => {
    const email = freshEmail();
    const { token } = await registerAndReadToken(email);
    const withoutPassword = await callRoute(verifyEmail, "POST", "/api/v1/auth/verify-email", { body: { token } });
    expect(withoutPassword).toMatchObject({ status: 422, body: { error: { code: "password_required" } } });
    const wrongPassword = await callRoute(verifyEmail, "POST", "/api/v1/auth/verify-email", { body: { token, password: "not the password at all" } });
    expect(wrongPassword).toMatchObject({ status: 422, body: { error: { code: "invalid_credentials" } } });
    expect((await db.user.findUniqueOrThrow({ where: { email } })).emailVerified).toBe(false);
    expect((await callRoute(verifyEmail, "POST", "/api/v1/auth/verify-email", { body: { token, password: PASSWORD } })).status).toBe(200);
  });

  it("is single-use, and refuses tokens it never issued", async () => {
    const email = freshEmail();
    const { cookie, token } = await registerAndReadToken(email);
    expect((await callRoute(verifyEmail, "POST", "/api/v1/auth/verify-email", { cookie, body: { token } })).status).toBe(200);
    expect(await callRoute(verifyEmail, "POST", "/api/v1/auth/verify-email", { cookie, body: { token } })).toMatchObject({ status: 409, body: { error: { code: "token_used" } } });
    expect(await callRoute(verifyEmail, "POST", "/api/v1/auth/verify-email", { body: { token: "forged-token-of-the-right-length-000000000" } })).toMatchObject({ status: 400, body: { error: { code: "token_invalid" } } });
  });
});

describe("the onboarding steps through the API", () => {
  async function bearerOf(email: string) {
    return (await callRoute(issueToken, "POST", "/api/v1/auth/token", { body: { email, password: FACTORY_PASSWORD } })).body.data.access_token as string;
  }

  it("refuses terms of another version, and the profile before the terms", async () => {
    const creator = await createCreator({ emailVerified: true });
    const bearer = await bearerOf(creator.email);
    expect(await callRoute(acceptTerms, "POST", "/api/v1/onboarding/terms", { bearer, body: { version: "1999-01-01" } })).toMatchObject({ status: 409, body: { error: { code: "terms_changed" } } });
    const profile = { onlyfansHandle: "early_bird", country: "FR", language: "fr", timezone: "Europe/Paris", contentCategories: ["art"] };
    expect(await callRoute(saveProfile, "PUT", "/api/v1/onboarding/profile", { bearer, body: profile })).toMatchObject({ status: 409, body: { error: { code: "illegal_transition" } } });
  });

  it("answers a bad profile with every field's problem, and writes nothing", async () => {
    const creator = await createCreator({ emailVerified: true });
    const bearer = await bearerOf(creator.email);
    const current = (await callRoute(status, "GET", "/api/v1/onboarding/status", { bearer })).body.data.terms_version;
    expect((await callRoute(acceptTerms, "POST", "/api/v1/onboarding/terms", { bearer, body: { version: current } })).status).toBe(200);
    const refused = await callRoute(saveProfile, "PUT", "/api/v1/onboarding/profile", { bearer, body: { onlyfansHandle: "", country: "ZZ", language: "de", timezone: "Mars/Olympus", contentCategories: [] } });
    expect(refused.status).toBe(422);
    expect(Object.keys(refused.body.error.fields).sort()).toEqual(["contentCategories", "country", "language", "onlyfansHandle", "timezone"]);
    expect((await db.creatorProfile.findUniqueOrThrow({ where: { userId: creator.id } })).onlyfansHandle).toBeNull();
  });

  it("is for creators only: an admin's token gets 403", async () => {
    const admin = await createAdmin();
    const bearer = await bearerOf(admin.email);
    expect(await callRoute(acceptTerms, "POST", "/api/v1/onboarding/terms", { bearer, body: { version: "x" } })).toMatchObject({ status: 403, body: { error: { code: "forbidden" } } });
  });
});
