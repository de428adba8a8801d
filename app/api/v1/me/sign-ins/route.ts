import { recentSignIns } from "@/lib/auth/sign-ins";
import { apiRoute, ok } from "@/lib/http/api-route";

export const GET = apiRoute({ auth: true }, async ({ user, requestId }) => ok(await recentSignIns(user.id), requestId));
