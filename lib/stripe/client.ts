import Stripe from "stripe";
import { env, STRIPE_SANDBOX_SECRET_KEY } from "@/lib/env";
import { AppError } from "@/lib/http/errors";

// The real Stripe SDK every time. Without a key it talks to the local sandbox
// (lib/sandbox/stripe.ts) through the SDK's own host/port/protocol options.
// Stripe's recommendation: retry network errors, 409 conflicts and 5xx with backoff, with the
// idempotency key the SDK adds to every POST.
const MAX_NETWORK_RETRIES = 2;

/**
 * The Stripe API version every request is made at, whatever the account's default. The
 * Connect webhook endpoint must be created at the same version (README, "Payouts"), so that
 * the objects events carry have the shape our requests get. It is the version this SDK
 * release was generated for; upgrading `stripe` means reading Stripe's changelog up to the
 * new version, then moving this and the endpoint together.
 */
export const STRIPE_API_VERSION = "2026-10-28.endive";

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
      client = new Stripe(STRIPE_SANDBOX_SECRET_KEY, { apiVersion: STRIPE_API_VERSION, host: url.hostname, port: url.port, protocol: url.protocol === "https:" ? "https" : "http", maxNetworkRetries: MAX_NETWORK_RETRIES });
    } else {
      client = new Stripe(current.STRIPE_SECRET_KEY!, { apiVersion: STRIPE_API_VERSION, maxNetworkRetries: MAX_NETWORK_RETRIES, appInfo: { name: "ofm-onboarding" } });
    }
    clientTarget = target;
  }
  return client;
}
