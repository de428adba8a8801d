import { listTeam } from "@/lib/admin/team";
import { apiRoute, ok } from "@/lib/http/api-route";

export const GET = apiRoute({ auth: { roles: ["admin"] } }, async ({ user, requestId }) => ok(await listTeam(user), requestId));
