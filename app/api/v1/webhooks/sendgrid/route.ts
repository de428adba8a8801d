import { handleSendGridWebhook } from "@/lib/email/sendgrid-events";
import { apiRoute, ok, readRawBody } from "@/lib/http/api-route";

// SendGrid's signed Event Webhook. The raw text is what the signature covers.
const MAX_EVENT_BYTES = 1024 * 1024;

export const POST = apiRoute({}, async ({ request, requestId }) => {
  const results = await handleSendGridWebhook(await readRawBody(request, MAX_EVENT_BYTES), request.headers.get("x-twilio-email-event-webhook-signature"), request.headers.get("x-twilio-email-event-webhook-timestamp"));
  return ok({ received: true, events: results }, requestId);
});
