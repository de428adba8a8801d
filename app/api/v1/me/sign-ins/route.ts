import { operations } from "@/lib/api/operations";
import { recentSignIns } from "@/lib/auth/sign-ins";
import { apiRoute } from "@/lib/http/api-route";

export const GET = apiRoute(operations.signIns, async ({ user, reply }) => reply(200, { data: await recentSignIns(user.id) }));
