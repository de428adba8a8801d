import { operations } from "@/lib/api/operations";
import { inviteAdmin } from "@/lib/admin/team";
import { apiRoute } from "@/lib/http/api-route";

export const POST = apiRoute(operations.inviteAdmin, async ({ user, body, reply }) => {
  await inviteAdmin(user, body);
  return reply(201, { data: { invited: body.email } });
});
