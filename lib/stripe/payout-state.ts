import type Stripe from "stripe";
import type { PayoutState } from "@/lib/generated/prisma/enums";

// What the creator and the admins see of a Stripe Connect account, derived from the facts we
// sync from Stripe (never from the return URL alone). Computed here only, and stored with the
// facts (creator_profiles.payout_state) by the one function that writes them.

export type { PayoutState };

export const PAYOUT_STATES: readonly PayoutState[] = ["not_started", "in_progress", "needs_information", "verifying", "under_review", "active", "paused", "rejected", "disconnected"];

type DisabledReason = Stripe.Account.Requirements.DisabledReason;

/** Every `requirements.disabled_reason` of the Stripe API (SDK 23), and the state it means. */
export const DISABLED_REASON_STATES: Record<DisabledReason, PayoutState> = {
  "action_required.requested_capabilities": "needs_information",
  "requirements.past_due": "needs_information",
  "requirements.pending_verification": "verifying",
  under_review: "under_review",
  listed: "under_review",
  platform_paused: "under_review",
  other: "under_review",
  "rejected.fraud": "rejected",
  "rejected.incomplete_verification": "rejected",
  "rejected.listed": "rejected",
  "rejected.other": "rejected",
  "rejected.platform_fraud": "rejected",
  "rejected.platform_other": "rejected",
  "rejected.platform_terms_of_service": "rejected",
  "rejected.terms_of_service": "rejected",
};

export interface PayoutFacts {
  hasAccount: boolean;
  disconnected: boolean;
  /** Was ever active (activated_at). */
  activated: boolean;
  detailsSubmitted: boolean;
  /** Every capability the service agreement asked for is active, and payouts are on (`canBePaid`). */
  canBePaid: boolean;
  disabledReason: string | null;
  /** Outstanding requirements (past, currently and eventually due). */
  requirementsDue: string[];
}

function reasonState(reason: string | null): PayoutState | undefined {
  if (!reason) return undefined;
  return DISABLED_REASON_STATES[reason as DisabledReason] ?? (reason.startsWith("rejected") ? "rejected" : "under_review");
}

export function payoutState(facts: PayoutFacts): PayoutState {
  if (!facts.hasAccount) return "not_started";
  if (facts.disconnected) return "disconnected";
  if (facts.canBePaid) return "active";
  const byReason = reasonState(facts.disabledReason);
  if (byReason === "rejected") return "rejected";
  if (facts.activated) return "paused";
  if (byReason === "under_review") return "under_review";
  const due = facts.requirementsDue.length > 0;
  if (due && (facts.detailsSubmitted || facts.disabledReason)) return "needs_information";
  if (!facts.detailsSubmitted) return "in_progress";
  return due ? "needs_information" : "verifying";
}
