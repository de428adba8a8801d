import { requestEmailChange } from "@/lib/auth/email-change";
import { ChangeEmailInput } from "@/lib/auth/schemas";
import { apiRoute, ok } from "@/lib/http/api-route";

/** Nothing changes until the new address confirms; the current one is told at once. */
export const POST = apiRoute({ auth: true, body: ChangeEmailInput, rateLimit: { name: "resend" } }, async ({ user, body, requestId }) => {
  await requestEmailChange(user.id, body);
  return ok({ pending_email: body.newEmail, message: "Confirm the change from the link sent to the new address. Until then, your current address stays." }, requestId, 202);
});
