import { operations } from "@/lib/api/operations";
import { drainOutboxAsAdmin } from "@/lib/admin/system";
import { apiRoute } from "@/lib/http/api-route";

export const POST = apiRoute(operations.drainOutbox, async ({ user, reply }) => reply(200, { data: await drainOutboxAsAdmin(user) }));
