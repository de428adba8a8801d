import { operations } from "@/lib/api/operations";
import { FORGOT_RECEIPT, requestPasswordReset } from "@/lib/auth/password-reset";
import { apiRoute } from "@/lib/http/api-route";

// The same answer, in the same time, for every address (lib/auth/password-reset.ts).
export const POST = apiRoute(operations.forgotPassword, async ({ body, emailAllowed, reply }) => {
  if (emailAllowed) await requestPasswordReset(body.email, body.language ?? "en");
  return reply(202, { data: FORGOT_RECEIPT });
});
