import { apiRoute, ok, readRawBody } from "@/lib/http/api-route";
import { handleStripeWebhook } from "@/lib/onboarding/stripe-webhook";

// Stripe events are far below 512 KB; the raw text is what the signature covers.
const MAX_EVENT_BYTES = 512 * 1024;

export const POST = apiRoute({}, async ({ request, requestId }) => {
  const result = await handleStripeWebhook(await readRawBody(request, MAX_EVENT_BYTES), request.headers.get("stripe-signature"));
  return ok({ received: true, outcome: result.outcome, ...(result.reason ? { reason: result.reason } : {}) }, requestId);
});
