import { operations } from "@/lib/api/operations";
import { tokenGrant } from "@/lib/auth/session-token";
import { CLEAR_REGISTRATION_COOKIE, confirmEmail, registrationCookieOf } from "@/lib/auth/verification";
import { apiRoute } from "@/lib/http/api-route";

/** The API's twin of the verify-email page: a POST uses the link; the answer signs this client in. */
export const POST = apiRoute(operations.verifyEmail, async ({ body, ip, request, reply }) => {
  const user = await confirmEmail({ ...body, browserSecret: registrationCookieOf(request.headers) }, new Date(), { ip, userAgent: request.headers.get("user-agent") });
  return reply(200, { data: await tokenGrant(user) }, { "set-cookie": CLEAR_REGISTRATION_COOKIE });
});
