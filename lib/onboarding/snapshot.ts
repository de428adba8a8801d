import { sessionReaching, type Milestone } from "@/lib/onboarding/machine";
import type { OnboardingStep } from "@/lib/generated/prisma/enums";
import { TERMS_VERSION } from "@/lib/onboarding/terms";

/**
 * The rows of a creator who reached `step` (every milestone before it done, each at
 * `at(milestone)`), with the user's and profile's copies of the session's facts agreeing with
 * it. What the seed and the test factories write, so both follow the state machine.
 */
export function onboardingSnapshot(step: OnboardingStep, at: (milestone: Milestone) => Date = () => new Date()) {
  const session = sessionReaching(step, at);
  const termsVersion = session.termsAcceptedAt ? TERMS_VERSION : null;
  return {
    session: { ...session, termsVersion },
    user: {
      emailVerified: session.emailVerifiedAt !== null,
      emailVerifiedAt: session.emailVerifiedAt,
      acceptedTerms: session.termsAcceptedAt !== null,
      acceptedTermsAt: session.termsAcceptedAt,
      acceptedTermsVersion: termsVersion,
    },
    profile: { onboardingCompleted: session.completed },
  };
}
