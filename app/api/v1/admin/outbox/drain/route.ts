import { drainOutboxAsAdmin } from "@/lib/admin/system";
import { apiRoute, ok } from "@/lib/http/api-route";

export const POST = apiRoute({ auth: { roles: ["admin"] } }, async ({ user, requestId }) => ok(await drainOutboxAsAdmin(user), requestId));
