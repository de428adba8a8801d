import { operations } from "@/lib/api/operations";
import { exportCreatorAsAdmin } from "@/lib/admin/creator-data";
import { apiRoute } from "@/lib/http/api-route";

export const GET = apiRoute(operations.exportCreator, async ({ user, params, reply }) =>
  reply(200, await exportCreatorAsAdmin(user, params.id), { "content-disposition": `attachment; filename="ofm-onboarding-creator-${params.id}.json"` }),
);
