import { operations } from "@/lib/api/operations";
import { funnelRange, loadFunnel } from "@/lib/admin/funnel";
import { apiRoute } from "@/lib/http/api-route";

export const GET = apiRoute(operations.funnel, async ({ user, query, reply }) => reply(200, { data: await loadFunnel(user, funnelRange(query)) }));
