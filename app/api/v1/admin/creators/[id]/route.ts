import { creatorDetail } from "@/lib/admin/creator-detail";
import { apiRoute, ok } from "@/lib/http/api-route";

export const GET = apiRoute({ auth: { roles: ["admin"] } }, async ({ params, requestId }) => ok(await creatorDetail(params.id), requestId));
