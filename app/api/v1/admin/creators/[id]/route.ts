import { creatorDetail } from "@/lib/admin/creator-detail";
import { deleteCreatorAsAdmin } from "@/lib/admin/creator-data";
import { apiRoute, ok } from "@/lib/http/api-route";
import { IdParams } from "@/lib/http/params";

export const GET = apiRoute({ auth: { roles: ["admin"] }, params: IdParams }, async ({ user, params, requestId }) => ok(await creatorDetail(user, params.id), requestId));

/** Deletes a creator's account on their request (audited, with a tombstone). */
export const DELETE = apiRoute({ auth: { roles: ["admin"] }, params: IdParams }, async ({ user, params, requestId }) => {
  await deleteCreatorAsAdmin(user, params.id);
  return ok({ deleted: true }, requestId);
});
