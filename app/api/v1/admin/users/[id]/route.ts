import { z } from "zod";
import { setAccountDisabled } from "@/lib/admin/team";
import { apiRoute, ok } from "@/lib/http/api-route";
import { IdParams } from "@/lib/http/params";

/** Disables or re-enables any account; a disabled account's sessions end at once. */
export const PATCH = apiRoute({ auth: { roles: ["admin"] }, params: IdParams, body: z.object({ disabled: z.boolean() }) }, async ({ user, params, body, requestId }) => {
  await setAccountDisabled(user, params.id, body.disabled);
  return ok({ id: params.id, disabled: body.disabled }, requestId);
});
