import { creatorDetail } from "@/lib/admin/creator-detail";
import { apiRoute, ok } from "@/lib/http/api-route";
import { IdParams } from "@/lib/http/params";

export const GET = apiRoute({ auth: { roles: ["admin"] }, params: IdParams }, async ({ user, params, requestId }) => ok(await creatorDetail(user, params.id), requestId));
