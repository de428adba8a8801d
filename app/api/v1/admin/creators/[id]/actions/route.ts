import { AdminActionInput, performAdminAction } from "@/lib/admin/actions";
import { apiRoute, ok } from "@/lib/http/api-route";

export const POST = apiRoute({ auth: { roles: ["admin"] }, body: AdminActionInput }, async ({ user, params, body, requestId }) =>
  ok(await performAdminAction(user.id, params.id, body), requestId),
);
