import { removeAdmin } from "@/lib/admin/team";
import { apiRoute, ok } from "@/lib/http/api-route";
import { IdParams } from "@/lib/http/params";

/** Removes an admin from the team (never the last active one). */
export const DELETE = apiRoute({ auth: { roles: ["admin"] }, params: IdParams }, async ({ user, params, requestId }) => {
  await removeAdmin(user, params.id);
  return ok({ removed: params.id }, requestId);
});
