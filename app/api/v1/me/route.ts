import { apiRoute, ok } from "@/lib/http/api-route";

export const GET = apiRoute({ auth: true }, async ({ user, requestId }) => ok(user, requestId));
