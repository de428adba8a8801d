import { operations } from "@/lib/api/operations";
import { creatorDetail } from "@/lib/admin/creator-detail";
import { deleteCreatorAsAdmin } from "@/lib/admin/creator-data";
import { apiRoute } from "@/lib/http/api-route";

export const GET = apiRoute(operations.creatorDetail, async ({ user, params, reply }) => reply(200, { data: await creatorDetail(user, params.id) }));

export const DELETE = apiRoute(operations.deleteCreator, async ({ user, params, reply }) => {
  await deleteCreatorAsAdmin(user, params.id);
  return reply(200, { data: { deleted: true } });
});
