const PAYOUT_LABELS: Record<string, string> = {
  not_started: "Not connected",
  in_progress: "In progress",
  needs_information: "Needs information",
  verifying: "Verifying",
  under_review: "Under review",
  active: "Active",
  paused: "Payouts lost",
  rejected: "Rejected",
  disconnected: "Disconnected",
};

const PAYOUT_STYLES: Record<string, string> = {
  active: "bg-emerald-100 text-emerald-900",
  rejected: "bg-red-100 text-red-900",
  paused: "bg-red-100 text-red-900",
  disconnected: "bg-red-100 text-red-900",
  under_review: "bg-sky-100 text-sky-900",
  needs_information: "bg-amber-100 text-amber-900",
  verifying: "bg-sky-100 text-sky-900",
  in_progress: "bg-amber-50 text-amber-900",
  not_started: "bg-slate-100 text-slate-700",
};

export function PayoutBadge({ state }: { state: string }) {
  return <span className={`inline-block rounded-full px-2 py-0.5 text-xs font-semibold ${PAYOUT_STYLES[state] ?? ""}`}>{PAYOUT_LABELS[state] ?? state}</span>;
}

export const STEP_LABELS: Record<string, string> = {
  "verify-email": "Verify email",
  terms: "Terms",
  profile: "Profile",
  payouts: "Payouts",
  done: "Done",
};

export { PAYOUT_LABELS };
