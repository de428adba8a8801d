import { operations } from "@/lib/api/operations";
import { setAccountDisabled } from "@/lib/admin/team";
import { apiRoute } from "@/lib/http/api-route";

/** Disables or re-enables any account; a disabled account's sessions end at once. */
export const PATCH = apiRoute(operations.setAccountState, async ({ user, params, body, reply }) => {
  await setAccountDisabled(user, params.id, body.disabled);
  return reply(200, { data: { id: params.id, disabled: body.disabled } });
});
