import { operations } from "@/lib/api/operations";
import { listCreators } from "@/lib/admin/creators";
import { apiRoute } from "@/lib/http/api-route";

export const GET = apiRoute(operations.listCreators, async ({ user, query, reply }) => reply(200, { data: await listCreators(user, query) }));
