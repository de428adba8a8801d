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

export function createAdmin(overrides: Omit<UserOverrides, "role"> = {}) {
  return createCreator({ ...overrides, role: "admin", emailVerified: true });
}
