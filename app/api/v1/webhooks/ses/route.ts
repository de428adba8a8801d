import { handleSesWebhook } from "@/lib/email/ses-events";
import { apiRoute, ok, readRawBody } from "@/lib/http/api-route";

// Amazon SES events through SNS (sent as text/plain: the raw text is what SNS signs).
const MAX_EVENT_BYTES = 256 * 1024;

export const POST = apiRoute({}, async ({ request, requestId }) => ok({ received: true, ...(await handleSesWebhook(await readRawBody(request, MAX_EVENT_BYTES))) }, requestId));
