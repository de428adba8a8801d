import { operations } from "@/lib/api/operations";
import { performAdminAction } from "@/lib/admin/actions";
import { apiRoute } from "@/lib/http/api-route";

export const POST = apiRoute(operations.creatorAction, async ({ user, params, body, reply }) => reply(200, { data: await performAdminAction(user, params.id, body) }));
