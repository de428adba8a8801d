import { handleEmailWebhook } from "@/lib/email/delivery-events";
import { apiRoute, ok, readRawBody } from "@/lib/http/api-route";

// Resend's delivery events (through Svix). The raw text is what the signature covers.
const MAX_EVENT_BYTES = 256 * 1024;

export const POST = apiRoute({}, async ({ request, requestId }) => {
  const header = (name: string) => request.headers.get(`svix-${name}`) ?? request.headers.get(`webhook-${name}`);
  const result = await handleEmailWebhook(await readRawBody(request, MAX_EVENT_BYTES), { id: header("id"), timestamp: header("timestamp"), signature: header("signature") });
  return ok({ received: true, ...result }, requestId);
});
