import { env } from "@/lib/env";
import { stripe } from "@/lib/stripe/client";

export interface StripeCheck {
  mode: "sandbox" | "test" | "live";
  reachable: boolean;
  accountId?: string;
  accountName?: string;
  webhookSecret: "configured" | "sandbox" | "missing";
  error?: string;
}

/** The seed's "test the Stripe connection": key mode, platform account reachable, webhook secret. */
export async function checkStripe(): Promise<StripeCheck> {
  const current = env();
  const webhookSecret = current.STRIPE_WEBHOOK_SECRET ? "configured" : current.stripeMode === "sandbox" ? "sandbox" : "missing";
  try {
    const account = await stripe().accounts.retrieveCurrent();
    const name = (account.settings?.dashboard as { display_name?: string } | undefined)?.display_name ?? account.business_profile?.name ?? undefined;
    return { mode: current.stripeMode, reachable: true, accountId: account.id, accountName: name ?? undefined, webhookSecret };
  } catch (error) {
    return { mode: current.stripeMode, reachable: false, webhookSecret, error: (error as Error).message };
  }
}
