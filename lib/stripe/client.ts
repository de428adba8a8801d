import Stripe from "stripe";
import { env, STRIPE_SANDBOX_SECRET_KEY } from "@/lib/env";
import { AppError } from "@/lib/http/errors";

// The real Stripe SDK every time. Without a key it talks to the local sandbox
// (lib/sandbox/stripe.ts) through the SDK's own host/port/protocol options.
let client: Stripe | undefined;
let clientTarget: string | undefined;

export function stripe(): Stripe {
  const current = env();
  const target = current.stripeMode === "sandbox" ? (current.STRIPE_SANDBOX_URL ?? "") : "api.stripe.com";
  if (!client || clientTarget !== target) {
    if (current.stripeMode === "sandbox") {
      if (!current.STRIPE_SANDBOX_URL) throw new AppError("service_unavailable", 503, "The local Stripe sandbox is not running (start the app with npm run dev / npm start).");
      const url = new URL(current.STRIPE_SANDBOX_URL);
      client = new Stripe(STRIPE_SANDBOX_SECRET_KEY, { host: url.hostname, port: url.port, protocol: url.protocol === "https:" ? "https" : "http", maxNetworkRetries: 0 });
    } else {
      client = new Stripe(current.STRIPE_SECRET_KEY!, { maxNetworkRetries: 2, appInfo: { name: "ofm-onboarding" } });
    }
    clientTarget = target;
  }
  return client;
}
