import { AdminActionInput, performAdminAction } from "@/lib/admin/actions";
import { apiRoute, ok } from "@/lib/http/api-route";
import { IdParams } from "@/lib/http/params";

export const POST = apiRoute({ auth: { roles: ["admin"] }, params: IdParams, body: AdminActionInput }, async ({ user, params, body, requestId }) =>
  ok(await performAdminAction(user, params.id, body), requestId),
);
