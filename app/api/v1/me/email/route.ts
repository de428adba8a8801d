import { operations } from "@/lib/api/operations";
import { requestEmailChange } from "@/lib/auth/email-change";
import { apiRoute } from "@/lib/http/api-route";

/** Nothing changes until the new address confirms; the current one is told at once. */
export const POST = apiRoute(operations.changeEmail, async ({ user, body, reply }) => {
  await requestEmailChange(user.id, body);
  return reply(202, { data: { pending_email: body.newEmail, message: "Confirm the change from the link sent to the new address. Until then, your current address stays." } });
});
