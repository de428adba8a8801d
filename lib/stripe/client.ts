import Stripe from "stripe";
import { env, STRIPE_SANDBOX_SECRET_KEY } from "@/lib/env";
import { AppError } from "@/lib/http/errors";

// The real Stripe SDK every time. Without a key it talks to the local sandbox
// (lib/sandbox/stripe.ts) through the SDK's own host/port/protocol options.
// Stripe's recommendation: retry network errors, 409 conflicts and 5xx with backoff, with the
// idempotency key the SDK adds to every POST.
const MAX_NETWORK_RETRIES = 2;

let client: Stripe | undefined;
let clientTarget: string | undefined;

export function stripe(): Stripe {
  const current = env();
  const target = current.stripeMode === "sandbox" ? (current.STRIPE_SANDBOX_URL ?? "") : "api.stripe.com";
  if (!client || clientTarget !== target) {
    if (current.stripeMode === "sandbox") {
      if (!current.STRIPE_SANDBOX_URL) throw new AppError("service_unavailable", 503, "The local Stripe sandbox is not running (start the app with npm run dev / npm start).");
      const url = new URL(current.STRIPE_SANDBOX_URL);
      // The same retry policy as production, so the sandbox's 409s, 429s and 500s meet the SDK's real behaviour.
      client = new Stripe(STRIPE_SANDBOX_SECRET_KEY, { host: url.hostname, port: url.port, protocol: url.protocol === "https:" ? "https" : "http", maxNetworkRetries: MAX_NETWORK_RETRIES });
    } else {
      client = new Stripe(current.STRIPE_SECRET_KEY!, { maxNetworkRetries: MAX_NETWORK_RETRIES, appInfo: { name: "ofm-onboarding" } });
    }
    clientTarget = target;
  }
  return client;
}
