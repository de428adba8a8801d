import { changePassword } from "@/lib/auth/account-settings";
import { ChangePasswordInput } from "@/lib/auth/schemas";
import { API_TOKEN_MAX_AGE_SECONDS, createApiToken } from "@/lib/auth/session-token";
import { apiRoute, ok } from "@/lib/http/api-route";

/** Every other session and token ends; the answer carries a fresh token for this client. */
export const POST = apiRoute({ auth: true, body: ChangePasswordInput, rateLimit: { name: "password_reset" } }, async ({ user, body, requestId }) => {
  const subject = await changePassword(user.id, body);
  return ok({ access_token: await createApiToken(subject), token_type: "Bearer", expires_in: API_TOKEN_MAX_AGE_SECONDS, role: subject.role }, requestId);
});
