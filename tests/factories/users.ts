import { randomBytes } from "node:crypto";
import { db, type OnboardingStep, type Role } from "@/lib/db";
import { hashPassword } from "@/lib/auth/password";

export const FACTORY_PASSWORD = "correct horse battery staple";
let cachedHash: Promise<string> | undefined;

export function uniqueEmail(prefix = "creator"): string {
  return `${prefix}-${randomBytes(5).toString("hex")}@example.test`;
}

interface UserOverrides {
  email?: string;
  role?: Role;
  step?: OnboardingStep;
  emailVerified?: boolean;
  language?: string;
}

const DAY = 86_400_000;

/** Session timestamps for a creator who has finished every step before `page`. */
export function sessionBefore(page: "terms" | "profile" | "payouts" | "done", at = new Date(Date.now() - DAY)) {
  const order = ["terms", "profile", "payouts", "done"];
  const reached = (step: string) => order.indexOf(page) > order.indexOf(step);
  return {
    currentStep: (page === "terms" ? "email_verified" : page === "profile" ? "terms_accepted" : page === "payouts" ? "profile_completed" : "completed") as OnboardingStep,
    emailVerifiedAt: at,
    termsAcceptedAt: reached("terms") ? at : null,
    termsVersion: reached("terms") ? "2026-11-01" : null,
    profileCompletedAt: reached("profile") ? at : null,
  };
}

/** A verified creator who has accepted the terms and filled the profile: next is payouts. */
export async function createCreatorReadyForPayouts(overrides: Omit<UserOverrides, "step"> = {}) {
  const creator = await createCreator({ ...overrides, emailVerified: true });
  await db.onboardingSession.update({ where: { userId: creator.id }, data: sessionBefore("payouts") });
  await db.creatorProfile.update({ where: { userId: creator.id }, data: { onlyfansHandle: `creator${creator.id.slice(-6)}`, country: "FR", contentCategories: ["fitness"] } });
  return creator;
}

/** A user with profile and onboarding session, as registration creates them. */
export async function createCreator(overrides: UserOverrides = {}) {
  cachedHash ??= hashPassword(FACTORY_PASSWORD);
  return db.user.create({
    data: {
      email: overrides.email ?? uniqueEmail(),
      passwordHash: await cachedHash,
      role: overrides.role ?? "creator",
      emailVerified: overrides.emailVerified ?? false,
      profile: { create: { language: overrides.language ?? "en" } },
      onboardingSession: { create: { currentStep: overrides.step ?? "registered" } },
    },
    include: { profile: true, onboardingSession: true },
  });
}

/** Admins have no profile or onboarding session, like the ones db:seed creates. */
export async function createAdmin(overrides: Pick<UserOverrides, "email"> = {}) {
  cachedHash ??= hashPassword(FACTORY_PASSWORD);
  return db.user.create({ data: { email: overrides.email ?? uniqueEmail("admin"), passwordHash: await cachedHash, role: "admin", emailVerified: true } });
}
