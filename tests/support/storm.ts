import type { AccountObject } from "@/lib/sandbox/stripe-objects";

interface StoredPayouts {
  stripeChargesEnabled: boolean;
  stripePayoutsEnabled: boolean;
  stripeOnboardingCompleted: boolean;
  activatedAt: Date | null;
  payoutsPausedAt: Date | null;
}

/**
 * After a webhook storm: the stored account says what Stripe's says now, and activation is as the
 * account's history allows. Each event carries the state it announces, so an account that was
 * active on the way and is not any more was activated once, then paused.
 */
export function agreesWithStripe(profile: StoredPayouts, account: AccountObject): boolean {
  const active = account.charges_enabled && account.payouts_enabled;
  return (
    profile.stripeChargesEnabled === account.charges_enabled &&
    profile.stripePayoutsEnabled === account.payouts_enabled &&
    profile.stripeOnboardingCompleted === account.details_submitted &&
    (active ? profile.activatedAt !== null && profile.payoutsPausedAt === null : profile.activatedAt === null || profile.payoutsPausedAt !== null)
  );
}
