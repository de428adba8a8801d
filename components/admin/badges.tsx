import type { PayoutState } from "@/lib/stripe/payout-state";

const PAYOUT_STYLES: Record<PayoutState, string> = {
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

/** A payout state as a coloured label (the label comes translated: `payout.states.*`). */
export function PayoutBadge({ state, label }: { state: PayoutState; label: string }) {
  return <span className={`inline-block rounded-full px-2 py-0.5 text-xs font-semibold ${PAYOUT_STYLES[state]}`}>{label}</span>;
}
