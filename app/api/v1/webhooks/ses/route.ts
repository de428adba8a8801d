import { operations } from "@/lib/api/operations";
import { handleSesWebhook } from "@/lib/email/ses-events";
import { apiRoute, readRawBody } from "@/lib/http/api-route";

// Amazon SES events through SNS (sent as text/plain: the raw text is what SNS signs).
export const POST = apiRoute(operations.sesWebhook, async ({ request, reply }) =>
  reply(200, { data: { received: true, ...(await handleSesWebhook(await readRawBody(request, operations.sesWebhook.maxBodyBytes))) } }),
);
