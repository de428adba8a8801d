import { env } from "@/lib/env";
import type { Flags } from "@/lib/onboarding/machine";

export function onboardingFlags(): Flags {
  const current = env();
  return { emailVerification: current.FEATURE_EMAIL_VERIFICATION, stripeConnect: current.FEATURE_STRIPE_CONNECT };
}
