import { operations } from "@/lib/api/operations";
import { handleEmailWebhook } from "@/lib/email/delivery-events";
import { apiRoute, readRawBody } from "@/lib/http/api-route";

// Resend's delivery events (through Svix). The raw text is what the signature covers.
export const POST = apiRoute(operations.resendWebhook, async ({ request, reply }) => {
  const header = (name: string) => request.headers.get(`svix-${name}`) ?? request.headers.get(`webhook-${name}`);
  const result = await handleEmailWebhook(await readRawBody(request, operations.resendWebhook.maxBodyBytes), { id: header("id"), timestamp: header("timestamp"), signature: header("signature") });
  return reply(200, { data: { received: true, ...result } });
});
