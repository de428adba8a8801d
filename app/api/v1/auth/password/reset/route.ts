import { operations } from "@/lib/api/operations";
import { resetPassword } from "@/lib/auth/password-reset";
import { tokenGrant } from "@/lib/auth/session-token";
import { apiRoute } from "@/lib/http/api-route";

/** Uses a reset link: every earlier session and token ends; the answer carries a fresh token. */
export const POST = apiRoute(operations.resetPassword, async ({ body, ip, request, reply }) => {
  const user = await resetPassword(body, { ip, userAgent: request.headers.get("user-agent") });
  return reply(200, { data: await tokenGrant(user) });
});
