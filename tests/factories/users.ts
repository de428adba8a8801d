import { randomBytes } from "node:crypto";
import { db, type OnboardingStep } from "@/lib/db";
import { hashPassword } from "@/lib/auth/password";
import { onboardingSnapshot } from "@/lib/onboarding/snapshot";

export const FACTORY_PASSWORD = "correct horse battery staple";
let cachedHash: Promise<string> | undefined;

export function uniqueEmail(prefix = "creator"): string {
  return `${prefix}-${randomBytes(5).toString("hex")}@example.test`;
}

interface UserOverrides {
  email?: string;
  /** How far the creator got (the state machine decides what that means). Default: registered. */
  step?: OnboardingStep;
  /** Shorthand for `step: "email_verified"`. */
  emailVerified?: boolean;
  language?: string;
}

const DAY = 86_400_000;

/** A user with profile and onboarding session, as registration and the steps create them. */
export async function createCreator(overrides: UserOverrides = {}) {
  cachedHash ??= hashPassword(FACTORY_PASSWORD);
  const step = overrides.step ?? (overrides.emailVerified ? "email_verified" : "registered");
  const snapshot = onboardingSnapshot(step, () => new Date(Date.now() - DAY));
  return db.user.create({
    data: {
      email: overrides.email ?? uniqueEmail(),
      passwordHash: await cachedHash,
      role: "creator",
      ...snapshot.user,
      profile: { create: { language: overrides.language ?? "en", ...snapshot.profile } },
      onboardingSession: { create: snapshot.session },
    },
    include: { profile: true, onboardingSession: true },
  });
}

/** A verified creator who has accepted the terms and filled the profile: next is payouts. */
export async function createCreatorReadyForPayouts(overrides: Omit<UserOverrides, "step" | "emailVerified"> = {}) {
  const creator = await createCreator({ ...overrides, step: "profile_completed" });
  await db.creatorProfile.update({ where: { userId: creator.id }, data: { onlyfansHandle: `creator${creator.id.slice(-6)}`, country: "FR", contentCategories: ["fitness"] } });
  return creator;
}

/** Admins have no profile or onboarding session, like the ones db:seed creates. */
export async function createAdmin(overrides: Pick<UserOverrides, "email"> = {}) {
  cachedHash ??= hashPassword(FACTORY_PASSWORD);
  return db.user.create({ data: { email: overrides.email ?? uniqueEmail("admin"), passwordHash: await cachedHash, role: "admin", emailVerified: true, emailVerifiedAt: new Date() } });
}
