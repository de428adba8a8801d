// What the creator and the admins see of a Stripe Connect account, derived from the fields
// we sync from Stripe (never from the return URL alone).
export type PayoutState = "not_started" | "in_progress" | "needs_information" | "verifying" | "active" | "rejected";

export interface PayoutFacts {
  stripeAccountId: string | null;
  stripeOnboardingCompleted: boolean;
  stripeChargesEnabled: boolean;
  stripePayoutsEnabled: boolean;
  stripeRequirementsDue: unknown;
  stripeDisabledReason: string | null;
}

export function requirementsDue(facts: Pick<PayoutFacts, "stripeRequirementsDue">): string[] {
  return Array.isArray(facts.stripeRequirementsDue) ? facts.stripeRequirementsDue.filter((item): item is string => typeof item === "string") : [];
}

export function payoutState(facts: PayoutFacts): PayoutState {
  if (!facts.stripeAccountId) return "not_started";
  if (facts.stripeChargesEnabled && facts.stripePayoutsEnabled) return "active";
  if (facts.stripeDisabledReason?.startsWith("rejected")) return "rejected";
  if (!facts.stripeOnboardingCompleted) return requirementsDue(facts).length > 0 && facts.stripeDisabledReason ? "needs_information" : "in_progress";
  return requirementsDue(facts).length > 0 ? "needs_information" : "verifying";
}
