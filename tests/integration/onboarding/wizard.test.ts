import { describe, expect, it } from "vitest";
import { GET as status } from "@/app/api/v1/onboarding/status/route";
import { POST as issueToken } from "@/app/api/v1/auth/token/route";
import { db } from "@/lib/db";
import { ProfileInput, saveProfile } from "@/lib/onboarding/profile";
import { acceptTerms, TERMS_VERSION } from "@/lib/onboarding/terms";
import { callRoute } from "../../support/http";
import { statementsDuring } from "../../support/query-count";
import { createAdmin, createCreator, FACTORY_PASSWORD } from "../../factories/users";

const PROFILE = ProfileInput.parse({ onlyfansHandle: "@Lea.Creates", country: "FR", language: "fr", timezone: "Europe/Paris", contentCategories: ["fitness", "travel"], declaredAudienceSize: "12 500" });

async function statusOf(email: string) {
  const token = (await callRoute(issueToken, "POST", "/api/v1/auth/token", { body: { email, password: FACTORY_PASSWORD } })).body.data.access_token;
  return callRoute(status, "GET", "/api/v1/onboarding/status", { bearer: token });
}

describe("onboarding through the state machine", () => {
  it("the status API reads the database once: the user, their session version and their onboarding in one statement", async () => {
    const creator = await createCreator({ emailVerified: true });
    const token = (await callRoute(issueToken, "POST", "/api/v1/auth/token", { body: { email: creator.email, password: FACTORY_PASSWORD } })).body.data.access_token;
    let response: Awaited<ReturnType<typeof callRoute>> | undefined;
    const statements = await statementsDuring(async () => {
      response = await callRoute(status, "GET", "/api/v1/onboarding/status", { bearer: token });
    });
    expect(response!.status).toBe(200);
    expect(response!.body.data.next_step.page).toBe("terms");
    expect(statements).toHaveLength(1);
    expect(statements[0]).toMatch(/creator_profiles/);
    expect(statements[0]).toMatch(/onboarding_sessions/);
  });

  it("the status API follows the creator step by step", async () => {
    const creator = await createCreator({ emailVerified: true });

    let response = await statusOf(creator.email);
    expect(response.status).toBe(200);
    expect(response.body.data).toMatchObject({ current_step: "email_verified", completed: false, next_step: { page: "terms", url: "/onboarding/terms" }, payout: { state: "not_started" } });
    expect(response.body.data.completed_steps.map((step: { step: string }) => step.step)).toEqual(["email_verified"]);

    await acceptTerms(creator.id, TERMS_VERSION);
    await saveProfile(creator.id, PROFILE);
    response = await statusOf(creator.email);
    expect(response.body.data).toMatchObject({ current_step: "profile_completed", next_step: { page: "payouts" } });
    expect(response.body.data.completed_steps.map((step: { step: string }) => step.step)).toEqual(["email_verified", "terms_accepted", "profile_completed"]);

    const user = await db.user.findUniqueOrThrow({ where: { id: creator.id }, include: { profile: true } });
    expect(user).toMatchObject({ acceptedTerms: true, acceptedTermsVersion: TERMS_VERSION });
    expect(user.profile).toMatchObject({ onlyfansHandle: "lea.creates", country: "FR", language: "fr", contentCategories: ["fitness", "travel"], declaredAudienceSize: 12500 });
  });

  it("refuses steps out of order and writes nothing", async () => {
    const creator = await createCreator();
    await expect(acceptTerms(creator.id, TERMS_VERSION)).rejects.toMatchObject({ code: "illegal_transition", status: 409 });
    await expect(saveProfile(creator.id, PROFILE)).rejects.toMatchObject({ code: "illegal_transition" });
    const user = await db.user.findUniqueOrThrow({ where: { id: creator.id }, include: { profile: true, onboardingSession: true } });
    expect(user.acceptedTerms).toBe(false);
    expect(user.profile?.onlyfansHandle).toBeNull();
    expect(user.onboardingSession?.currentStep).toBe("registered");
  });

  it("accepting the terms twice is refused; editing the profile later keeps the progress", async () => {
    const creator = await createCreator({ emailVerified: true });
    await acceptTerms(creator.id, TERMS_VERSION);
    await expect(acceptTerms(creator.id, TERMS_VERSION)).rejects.toMatchObject({ code: "illegal_transition" });
    await saveProfile(creator.id, PROFILE);
    const firstCompletion = (await db.onboardingSession.findUniqueOrThrow({ where: { userId: creator.id } })).profileCompletedAt;
    await saveProfile(creator.id, { ...PROFILE, onlyfansHandle: "renamed" });
    const session = await db.onboardingSession.findUniqueOrThrow({ where: { userId: creator.id } });
    expect(session.profileCompletedAt).toEqual(firstCompletion);
    expect((await db.creatorProfile.findUniqueOrThrow({ where: { userId: creator.id } })).onlyfansHandle).toBe("renamed");
  });

  it("the status API is for creators: an admin gets 403", async () => {
    const admin = await createAdmin();
    expect((await statusOf(admin.email)).status).toBe(403);
  });
});
