import type { Prisma } from "@/lib/generated/prisma/client";
import { AppError } from "@/lib/http/errors";
import { metrics } from "@/lib/observability/metrics";
import { onboardingFlags } from "@/lib/onboarding/flags";
import { IllegalTransitionError, transition, type Milestone, type SessionPatch } from "@/lib/onboarding/machine";
import { syncStall } from "@/lib/onboarding/nudges";

// The seed guide's own columns repeat facts the onboarding session records: users.email_verified
// and _at, users.accepted_terms, _at and _version, creator_profiles.onboarding_completed. They
// are written here, with the session, and nowhere else (a deferred constraint trigger refuses a
// commit where they disagree; see the migration `one_home_for_facts`).
async function mirrorSessionFacts(tx: Prisma.TransactionClient, userId: string, patch: SessionPatch, termsVersion: string | undefined): Promise<void> {
  const user: Prisma.UserUpdateInput = {
    ...(patch.emailVerifiedAt ? { emailVerified: true, emailVerifiedAt: patch.emailVerifiedAt } : {}),
    ...(patch.termsAcceptedAt ? { acceptedTerms: true, acceptedTermsAt: patch.termsAcceptedAt, acceptedTermsVersion: termsVersion } : {}),
  };
  if (Object.keys(user).length > 0) await tx.user.update({ where: { id: userId }, data: user });
  if (patch.completed) await tx.creatorProfile.update({ where: { userId }, data: { onboardingCompleted: true } });
}

/**
 * Moves a creator's onboarding session to `milestone` inside the caller's transaction.
 * The row is locked first so two concurrent requests cannot both apply a transition.
 */
export async function advanceOnboarding(
  tx: Prisma.TransactionClient,
  userId: string,
  milestone: Milestone,
  extra: Prisma.OnboardingSessionUpdateInput = {},
  at: Date = new Date(),
): Promise<SessionPatch> {
  await tx.$queryRaw`SELECT id FROM onboarding_sessions WHERE user_id = ${userId} FOR UPDATE`;
  const session = await tx.onboardingSession.findUnique({ where: { userId } });
  if (!session) throw new AppError("onboarding_not_found", 404, "This account has no onboarding session.");
  let patch: SessionPatch;
  try {
    patch = transition(session, milestone, onboardingFlags(), at);
  } catch (error) {
    if (error instanceof IllegalTransitionError) {
      throw new AppError("illegal_transition", 409, error.message, undefined, { milestone, reason: error.reason, missing: error.missing });
    }
    throw error;
  }
  await tx.onboardingSession.update({ where: { userId }, data: { ...patch, ...extra } });
  await mirrorSessionFacts(tx, userId, patch, typeof extra.termsVersion === "string" ? extra.termsVersion : undefined);
  await syncStall(tx, userId, at);
  if (Object.keys(patch).length > 0) metrics().stepTransitions.inc({ step: milestone });
  if (patch.completed) metrics().stepTransitions.inc({ step: "completed" });
  return patch;
}

/**
 * An address is verified: for a creator while verification is part of onboarding, that is the
 * step; otherwise (an admin, or verification turned off) the same facts are recorded as is.
 */
export async function markEmailVerified(tx: Prisma.TransactionClient, user: { id: string; role: string }, at: Date): Promise<void> {
  if (user.role === "creator" && onboardingFlags().emailVerification) {
    await advanceOnboarding(tx, user.id, "email_verified", {}, at);
    return;
  }
  await tx.user.update({ where: { id: user.id }, data: { emailVerified: true, emailVerifiedAt: at } });
  await tx.onboardingSession.updateMany({ where: { userId: user.id }, data: { emailVerifiedAt: at } });
}
