import { CreatorFilters, listCreators } from "@/lib/admin/creators";
import { apiRoute, ok } from "@/lib/http/api-route";

export const GET = apiRoute({ auth: { roles: ["admin"] }, query: CreatorFilters }, async ({ user, query, requestId }) => ok(await listCreators(user, query), requestId));
