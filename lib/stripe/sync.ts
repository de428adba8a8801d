import type Stripe from "stripe";
import type { Prisma } from "@/lib/generated/prisma/client";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { advanceOnboarding } from "@/lib/onboarding/advance";
import { AppError } from "@/lib/http/errors";
import { logger } from "@/lib/observability/logger";
import { metrics } from "@/lib/observability/metrics";
import { isDone } from "@/lib/onboarding/machine";

export type SyncOutcome = "applied" | "stale" | "unknown_account";

export interface SyncResult {
  outcome: SyncOutcome;
  userId?: string;
  activated: boolean;
}

/** Every requirement Stripe is waiting for, most urgent first, without duplicates. */
function outstandingRequirements(account: Stripe.Account): string[] {
  const requirements = account.requirements;
  return [...new Set([...(requirements?.past_due ?? []), ...(requirements?.currently_due ?? []), ...(requirements?.eventually_due ?? [])])];
}

/**
 * Marks the Stripe steps done. Stripe's word is final: if the creator somehow skipped an
 * earlier wizard step, the payout state is still stored and the gap is logged, not fatal.
 */
async function completeStripeSteps(tx: Prisma.TransactionClient, userId: string, at: Date): Promise<void> {
  try {
    const session = await tx.onboardingSession.findUniqueOrThrow({ where: { userId } });
    if (!isDone(session, "stripe_started")) await advanceOnboarding(tx, userId, "stripe_started", {}, at);
    await advanceOnboarding(tx, userId, "stripe_completed", {}, at);
  } catch (error) {
    if (!(error instanceof AppError && error.code === "illegal_transition")) throw error;
    logger().warn({ userId, reason: error.details }, "activated creator has unfinished earlier steps");
  }
}

/**
 * Stores a Stripe account's state on the creator's profile. `observedAt` is when that state
 * was read from Stripe: an older observation never overwrites a newer one, whatever order
 * webhooks arrive in. The first time the account can both charge and pay out, the creator is
 * activated and a `creator/activated` outbox row is written in the same transaction.
 */
export async function applyAccountState(
  account: Stripe.Account,
  observedAt: Date,
  within?: (tx: Prisma.TransactionClient) => Promise<void>,
): Promise<SyncResult> {
  const result = await applyInTransaction(account, observedAt, within);
  if (result.activated) metrics().activations.inc();
  return result;
}

async function applyInTransaction(account: Stripe.Account, observedAt: Date, within?: (tx: Prisma.TransactionClient) => Promise<void>): Promise<SyncResult> {
  return db.$transaction(async (tx) => {
    await within?.(tx);
    const [locked] = await tx.$queryRaw<Array<{ user_id: string; stripe_synced_at: Date | null; activated_at: Date | null }>>`
      SELECT user_id, stripe_synced_at, activated_at FROM creator_profiles WHERE stripe_account_id = ${account.id} FOR UPDATE`;
    if (!locked) return { outcome: "unknown_account", activated: false };
    if (locked.stripe_synced_at && locked.stripe_synced_at > observedAt) return { outcome: "stale", userId: locked.user_id, activated: false };

    const canOperate = Boolean(account.charges_enabled && account.payouts_enabled);
    const activating = canOperate && !locked.activated_at;
    await tx.creatorProfile.update({
      where: { userId: locked.user_id },
      data: {
        stripeOnboardingCompleted: Boolean(account.details_submitted),
        stripeChargesEnabled: Boolean(account.charges_enabled),
        stripePayoutsEnabled: Boolean(account.payouts_enabled),
        stripeRequirementsDue: outstandingRequirements(account),
        stripeDisabledReason: account.requirements?.disabled_reason ?? null,
        stripeSyncedAt: observedAt,
        ...(account.country ? { country: account.country } : {}),
        ...(activating ? { activatedAt: observedAt, onboardingCompleted: true } : {}),
      },
    });

    if (activating) {
      await completeStripeSteps(tx, locked.user_id, observedAt);
      // With automation turned off there is nothing to announce to the job engine.
      if (env().FEATURE_MARKETING_AUTOMATION) {
        await tx.outboxEvent.create({
          data: { name: "creator/activated", payload: { userId: locked.user_id, stripeAccountId: account.id, activatedAt: observedAt.toISOString() } },
        });
      }
    }
    return { outcome: "applied", userId: locked.user_id, activated: activating };
  });
}
