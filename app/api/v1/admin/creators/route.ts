import { CreatorFilters, listCreators } from "@/lib/admin/creators";
import { apiRoute, ok } from "@/lib/http/api-route";

export const GET = apiRoute({ auth: { roles: ["admin"] }, query: CreatorFilters }, async ({ query, requestId }) => ok(await listCreators(query), requestId));
