import type { Prisma } from "@/lib/generated/prisma/client";
import { AppError } from "@/lib/http/errors";
import { metrics } from "@/lib/observability/metrics";
import { onboardingFlags } from "@/lib/onboarding/flags";
import { IllegalTransitionError, transition, type Milestone, type SessionPatch } from "@/lib/onboarding/machine";

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
  if (Object.keys(patch).length > 0) metrics().stepTransitions.inc({ step: milestone });
  if (patch.completed) metrics().stepTransitions.inc({ step: "completed" });
  return patch;
}
