import { operations } from "@/lib/api/operations";
import { handleSendGridWebhook } from "@/lib/email/sendgrid-events";
import { apiRoute, readRawBody } from "@/lib/http/api-route";

// SendGrid's signed Event Webhook. The raw text is what the signature covers.
export const POST = apiRoute(operations.sendgridWebhook, async ({ request, reply }) => {
  const rawBody = await readRawBody(request, operations.sendgridWebhook.maxBodyBytes);
  const results = await handleSendGridWebhook(rawBody, request.headers.get("x-twilio-email-event-webhook-signature"), request.headers.get("x-twilio-email-event-webhook-timestamp"));
  return reply(200, { data: { received: true, events: results } });
});
