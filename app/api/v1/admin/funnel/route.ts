import { FunnelQuery, funnelRange, loadFunnel } from "@/lib/admin/funnel";
import { apiRoute, ok } from "@/lib/http/api-route";

export const GET = apiRoute({ auth: { roles: ["admin"] }, query: FunnelQuery }, async ({ user, query, requestId }) => ok(await loadFunnel(user, funnelRange(query)), requestId));
