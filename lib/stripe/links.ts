import { env } from "@/lib/env";

/**
 * The connected account in the platform's Stripe dashboard, in the mode the keys are for (test
 * accounts live under /test). None in sandbox mode: the account only exists locally.
 */
export function stripeDashboardAccountUrl(accountId: string): string | null {
  const mode = env().stripeMode;
  if (mode === "sandbox") return null;
  return `https://dashboard.stripe.com/${mode === "test" ? "test/" : ""}connect/accounts/${encodeURIComponent(accountId)}`;
}
