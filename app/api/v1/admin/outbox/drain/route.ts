import { drainOutbox } from "@/lib/automation/outbox";
import { apiRoute, ok } from "@/lib/http/api-route";

export const POST = apiRoute({ auth: { roles: ["admin"] } }, async ({ requestId }) => ok(await drainOutbox(), requestId));
