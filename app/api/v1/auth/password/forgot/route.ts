import { FORGOT_RECEIPT, requestPasswordReset } from "@/lib/auth/password-reset";
import { ForgotPasswordInput } from "@/lib/auth/schemas";
import { apiRoute, ok } from "@/lib/http/api-route";

// The same answer, in the same time, for every address (lib/auth/password-reset.ts).
export const POST = apiRoute({ body: ForgotPasswordInput, rateLimit: { name: "password_forgot", emailField: "email" } }, async ({ body, requestId }) => {
  await requestPasswordReset(body.email, body.language ?? "en");
  return ok(FORGOT_RECEIPT, requestId, 202);
});
