import { deleteAccount } from "@/lib/auth/account-data";
import { PasswordConfirmationInput } from "@/lib/auth/schemas";
import { apiRoute, ok } from "@/lib/http/api-route";

export const GET = apiRoute({ auth: true }, async ({ user, requestId }) => ok(user, requestId));

/** Deletes the signed-in account (password required): its data goes, the address is free again. */
export const DELETE = apiRoute({ auth: true, body: PasswordConfirmationInput, rateLimit: { name: "password_reset" } }, async ({ user, body, requestId }) => {
  await deleteAccount(user.id, { password: body.password, actorId: user.id });
  return ok({ deleted: true }, requestId);
});
