import { operations } from "@/lib/api/operations";
import { removeAdmin } from "@/lib/admin/team";
import { apiRoute } from "@/lib/http/api-route";

export const DELETE = apiRoute(operations.removeAdmin, async ({ user, params, reply }) => {
  await removeAdmin(user, params.id);
  return reply(200, { data: { removed: params.id } });
});
