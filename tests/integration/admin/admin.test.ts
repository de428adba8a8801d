import { beforeAll, describe, expect, it } from "vitest";
import { GET as exportCsv } from "@/app/api/v1/admin/creators/export/route";
import { POST as issueToken } from "@/app/api/v1/auth/token/route";
import { performAdminAction } from "@/lib/admin/actions";
import { CreatorFilters, listCreators } from "@/lib/admin/creators";
import { insertDemoCreators } from "@/lib/admin/demo-creators";
import { loadFunnel } from "@/lib/admin/funnel";
import { hashPassword } from "@/lib/auth/password";
import { db } from "@/lib/db";
import { onboardingFlags } from "@/lib/onboarding/flags";
import { stepsOnPage } from "@/lib/onboarding/machine";
import { withEnv } from "../../support/env";
import { callRoute } from "../../support/http";
import { latestEmailTo } from "../../support/mailbox";
import { createAdmin, createCreator, createCreatorReadyForPayouts, FACTORY_PASSWORD } from "../../factories/users";

let admin: { id: string; email: string; role: "admin" | "creator" };

beforeAll(async () => {
  await insertDemoCreators(400, await hashPassword("not used"), 0.17);
  admin = await createAdmin();
});

async function auditRows(userId: string) {
  return db.auditLog.findMany({ where: { targetId: userId }, orderBy: { at: "asc" } });
}

describe("admin actions", () => {
  it("resending a verification email writes one audit row and sends the email", async () => {
    const creator = await createCreator();
    const result = await performAdminAction(admin, creator.id, { action: "resend_verification" });
    expect(result.outcome).toBe("success");
    expect((await latestEmailTo(creator.email)).subject).toBe("Confirm your email address");
    const audit = await auditRows(creator.id);
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ actorId: admin.id, action: "resend_verification", targetType: "user", outcome: "success" });
  });

  it("a refused action is audited too, with its reason", async () => {
    const creator = await createCreator({ emailVerified: true });
    const result = await performAdminAction(admin, creator.id, { action: "resend_verification" });
    expect(result).toEqual({ outcome: "failure", code: "already_verified", values: {}, message: "The email address is already verified." });
    const audit = await auditRows(creator.id);
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ outcome: "failure", details: { code: "already_verified", message: "The email address is already verified." } });
  });

  it("sends a fresh Stripe link by email, pointing at our refresh page", async () => {
    const creator = await createCreatorReadyForPayouts();
    const result = await performAdminAction(admin, creator.id, { action: "send_stripe_link" });
    expect(result.outcome).toBe("success");
    const email = await latestEmailTo(creator.email);
    expect(email.subject).toBe("Finish setting up your payouts");
    expect(email.html).toContain("/onboarding/stripe/refresh");
    expect(await auditRows(creator.id)).toHaveLength(1);
  });

  it("disabling and enabling write one row each and take effect", async () => {
    const creator = await createCreator();
    await performAdminAction(admin, creator.id, { action: "disable_account" });
    expect((await db.user.findUniqueOrThrow({ where: { id: creator.id } })).disabledAt).toBeInstanceOf(Date);
    const token = await callRoute(issueToken, "POST", "/api/v1/auth/token", { body: { email: creator.email, password: FACTORY_PASSWORD } });
    expect(token.body.error.code).toBe("account_disabled");
    await performAdminAction(admin, creator.id, { action: "enable_account" });
    expect((await db.user.findUniqueOrThrow({ where: { id: creator.id } })).disabledAt).toBeNull();
    expect((await auditRows(creator.id)).map((row) => row.action)).toEqual(["disable_account", "enable_account"]);
  });

  it("each action refuses a creator it does not apply to, with the reason the admin reads", async () => {
    const early = await createCreator({ emailVerified: true });
    expect(await performAdminAction(admin, early.id, { action: "send_stripe_link" })).toMatchObject({ outcome: "failure", code: "not_at_payouts_yet" });
    expect(await performAdminAction(admin, early.id, { action: "enable_account" })).toMatchObject({ outcome: "failure", code: "already_enabled" });
    await performAdminAction(admin, early.id, { action: "disable_account" });
    expect(await performAdminAction(admin, early.id, { action: "disable_account" })).toMatchObject({ outcome: "failure", code: "already_disabled" });

    const active = await createCreatorReadyForPayouts();
    await db.creatorProfile.update({ where: { userId: active.id }, data: { payoutState: "active" } });
    expect(await performAdminAction(admin, active.id, { action: "send_stripe_link" })).toMatchObject({ outcome: "failure", code: "payouts_already_active" });
    await withEnv({ FEATURE_STRIPE_CONNECT: "false" }, async () => {
      expect(await performAdminAction(admin, active.id, { action: "send_stripe_link" })).toMatchObject({ outcome: "failure", code: "stripe_connect_off" });
    });
    expect((await auditRows(active.id)).map((row) => row.outcome)).toEqual(["failure", "failure"]);
  });

  it("an action on an admin or an unknown id is 404, and a creator cannot act at all", async () => {
    const other = await createAdmin();
    await expect(performAdminAction(admin, other.id, { action: "disable_account" })).rejects.toMatchObject({ code: "not_found", status: 404 });
    await expect(performAdminAction(admin, "no-such-user", { action: "disable_account" })).rejects.toMatchObject({ code: "not_found" });
    const creator = await createCreator();
    await expect(performAdminAction(creator, creator.id, { action: "enable_account" })).rejects.toMatchObject({ code: "forbidden" });
  });

  it("re-running an analysis of an activated creator without any earlier run starts a fresh one", async () => {
    const creator = await createCreatorReadyForPayouts();
    await db.creatorProfile.update({ where: { userId: creator.id }, data: { activatedAt: new Date(), payoutState: "active" } });
    expect(await performAdminAction(admin, creator.id, { action: "rerun_automation", step: "account_size" })).toMatchObject({ outcome: "success", code: "analysis_rerun" });
    expect(await db.automationRun.findFirstOrThrow({ where: { userId: creator.id, step: "account_size" } })).toMatchObject({ triggerId: expect.stringMatching(/^admin:/) });
  });

  it("re-running an analysis step before activation is refused and audited", async () => {
    const creator = await createCreator();
    const result = await performAdminAction(admin, creator.id, { action: "rerun_automation", step: "account_size" });
    expect(result.outcome).toBe("failure");
    expect(await auditRows(creator.id)).toHaveLength(1);
  });
});

describe("creators table", () => {
  it("filters creators stuck at the payouts step", async () => {
    const { rows, total } = await listCreators(admin, CreatorFilters.parse({ step: "payouts" }));
    const expected = await db.onboardingSession.count({ where: { currentStep: { in: stepsOnPage("payouts", onboardingFlags()) } } });
    expect(total).toBe(expected);
    expect(rows.every((row) => row.page === "payouts")).toBe(true);
  });

  it("classifies payout states in SQL exactly as the app does", async () => {
    for (const state of ["not_started", "in_progress", "needs_information", "active"] as const) {
      const { rows } = await listCreators(admin, CreatorFilters.parse({ payout: state }));
      expect(rows.length).toBeGreaterThan(0);
      const profiles = await db.creatorProfile.findMany({ where: { userId: { in: rows.map((row) => row.id) } } });
      expect(profiles.map((profile) => profile.payoutState)).toEqual(profiles.map(() => state));
    }
  });

  it("searches anywhere in the email or handle, and pages", async () => {
    const creator = await createCreatorReadyForPayouts({ email: "findable.person@example.test" });
    const byEmail = await listCreators(admin, CreatorFilters.parse({ q: "Findable.Pers" }));
    expect(byEmail.rows.map((row) => row.id)).toEqual([creator.id]);
    expect((await listCreators(admin, CreatorFilters.parse({ q: "able.perso" }))).rows.map((row) => row.id)).toEqual([creator.id]);
    const handle = (await db.creatorProfile.findUniqueOrThrow({ where: { userId: creator.id } })).onlyfansHandle!;
    expect((await listCreators(admin, CreatorFilters.parse({ q: `@${handle}` }))).rows.map((row) => row.id)).toEqual([creator.id]);
    expect((await listCreators(admin, CreatorFilters.parse({ q: handle.slice(2, -1) }))).rows.map((row) => row.id)).toContain(creator.id);
    expect((await listCreators(admin, CreatorFilters.parse({ q: "%" }))).total).toBe(0);
    const second = await listCreators(admin, CreatorFilters.parse({ page: "2" }));
    expect(second.rows).toHaveLength(25);
  });

  it("exports the filtered table as CSV, streamed", async () => {
    const token = (await callRoute(issueToken, "POST", "/api/v1/auth/token", { body: { email: admin.email, password: FACTORY_PASSWORD } })).body.data.access_token;
    const response = await exportCsv(new Request("http://localhost/api/v1/admin/creators/export?language=fr", { headers: { authorization: `Bearer ${token}` } }));
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    const lines = (await response.text()).trim().split("\r\n");
    expect(lines[0]).toBe("id,email,onlyfans_handle,language,country,wizard_step,current_step,payout_state,signed_up_at,last_activity_at,activated_at,disabled,tags");
    expect(lines.length - 1).toBe(await db.creatorProfile.count({ where: { language: "fr", user: { role: "creator" } } }));
  });
});

describe("funnel", () => {
  it("equals counts computed independently from the data", async () => {
    const funnel = await loadFunnel(admin, { from: "2000-01-01", to: new Date().toISOString().slice(0, 10) });
    const sessions = await db.onboardingSession.findMany();
    const reached = (field: keyof (typeof sessions)[number]) => sessions.filter((session) => session[field] !== null).length;
    expect(funnel.steps.map((step) => [step.key, step.reached])).toEqual([
      ["registered", sessions.length],
      ["email_verified", reached("emailVerifiedAt")],
      ["terms_accepted", reached("termsAcceptedAt")],
      ["profile_completed", reached("profileCompletedAt")],
      ["stripe_started", reached("stripeStartedAt")],
      ["stripe_completed", reached("stripeCompletedAt")],
    ]);
    expect(funnel.steps[1].conversion).toBeCloseTo(reached("emailVerifiedAt") / sessions.length, 10);
    expect(funnel.steps[0].droppedAfter).toBe(sessions.length - reached("emailVerifiedAt"));

    const hours = sessions.filter((session) => session.termsAcceptedAt && session.emailVerifiedAt).map((session) => (session.termsAcceptedAt!.getTime() - session.emailVerifiedAt!.getTime()) / 3_600_000).sort((a, b) => a - b);
    const middle = (hours.length - 1) / 2;
    expect(funnel.steps[2].medianHoursFromPrevious).toBeCloseTo((hours[Math.floor(middle)] + hours[Math.ceil(middle)]) / 2, 6);

    const recent = await loadFunnel(admin, 30);
    const since = new Date();
    since.setUTCHours(0, 0, 0, 0);
    since.setUTCDate(since.getUTCDate() - 29);
    expect(recent.daily).toHaveLength(30);
    expect(recent.steps[0].reached).toBe(sessions.filter((session) => session.startedAt >= since).length);
    expect(recent.daily.reduce((sum, day) => sum + day.signups, 0)).toBe(sessions.filter((session) => session.startedAt >= since).length);
    const activations = await db.creatorProfile.count({ where: { activatedAt: { gte: since } } });
    expect(recent.daily.reduce((sum, day) => sum + day.activations, 0)).toBe(activations);
  });
});
