import { authenticate } from "@/lib/auth/authenticate";
import { CredentialsInput } from "@/lib/auth/schemas";
import { API_TOKEN_MAX_AGE_SECONDS, createApiToken } from "@/lib/auth/session-token";
import { apiRoute, ok } from "@/lib/http/api-route";

// Rate-limited inside authenticate() (per IP and per email), like the sign-in form.
export const POST = apiRoute({ body: CredentialsInput }, async ({ body, ip, request, requestId }) => {
  const user = await authenticate(body, ip, { method: "api_token", userAgent: request.headers.get("user-agent") });
  return ok({ access_token: await createApiToken(user), token_type: "Bearer", expires_in: API_TOKEN_MAX_AGE_SECONDS, role: user.role }, requestId);
});
