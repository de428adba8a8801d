import { resetPassword } from "@/lib/auth/password-reset";
import { TokenWithPasswordInput } from "@/lib/auth/schemas";
import { API_TOKEN_MAX_AGE_SECONDS, createApiToken } from "@/lib/auth/session-token";
import { apiRoute, ok } from "@/lib/http/api-route";

/** Uses a reset link: every earlier session and token ends; the answer carries a fresh token. */
export const POST = apiRoute({ body: TokenWithPasswordInput, rateLimit: { name: "password_reset" } }, async ({ body, ip, request, requestId }) => {
  const user = await resetPassword(body, { ip, userAgent: request.headers.get("user-agent") });
  return ok({ access_token: await createApiToken(user), token_type: "Bearer", expires_in: API_TOKEN_MAX_AGE_SECONDS, role: user.role }, requestId);
});
