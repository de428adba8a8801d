import { operations } from "@/lib/api/operations";
import { authenticate } from "@/lib/auth/authenticate";
import { tokenGrant } from "@/lib/auth/session-token";
import { apiRoute } from "@/lib/http/api-route";

// Rate-limited inside authenticate() (per IP and per email), like the sign-in form.
export const POST = apiRoute(operations.issueToken, async ({ body, ip, request, reply }) => {
  const user = await authenticate(body, ip, { method: "api_token", userAgent: request.headers.get("user-agent") });
  return reply(200, { data: await tokenGrant(user) });
});
