import { operations } from "@/lib/api/operations";
import { deleteAccount } from "@/lib/auth/account-data";
import { apiRoute } from "@/lib/http/api-route";

export const GET = apiRoute(operations.me, async ({ user, reply }) => reply(200, { data: user }));

/** Deletes the signed-in account (password required): its data goes, the address is free again. */
export const DELETE = apiRoute(operations.deleteMe, async ({ user, body, reply }) => {
  await deleteAccount(user.id, { password: body.password, actorId: user.id });
  return reply(200, { data: { deleted: true } });
});
