import { InviteInput, inviteAdmin } from "@/lib/admin/team";
import { apiRoute, ok } from "@/lib/http/api-route";

export const POST = apiRoute({ auth: { roles: ["admin"] }, body: InviteInput }, async ({ user, body, requestId }) => {
  await inviteAdmin(user, body);
  return ok({ invited: body.email }, requestId, 201);
});
