import { operations } from "@/lib/api/operations";
import { apiRoute, readRawBody } from "@/lib/http/api-route";
import { handleStripeWebhook } from "@/lib/onboarding/stripe-webhook";

// Stripe events are far below 512 KB; the raw text is what the signature covers.
export const POST = apiRoute(operations.stripeWebhook, async ({ request, reply }) => {
  const result = await handleStripeWebhook(await readRawBody(request, operations.stripeWebhook.maxBodyBytes), request.headers.get("stripe-signature"));
  return reply(200, { data: { received: true, outcome: result.outcome, ...(result.reason ? { reason: result.reason } : {}) } });
});
