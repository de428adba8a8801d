import { operations } from "@/lib/api/operations";
import { listTeam } from "@/lib/admin/team";
import { apiRoute } from "@/lib/http/api-route";

export const GET = apiRoute(operations.listAdmins, async ({ user, reply }) => reply(200, { data: await listTeam(user) }));
