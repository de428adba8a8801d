import { operations } from "@/lib/api/operations";
import { changePassword } from "@/lib/auth/account-settings";
import { tokenGrant } from "@/lib/auth/session-token";
import { apiRoute } from "@/lib/http/api-route";

/** Every other session and token ends; the answer carries a fresh token for this client. */
export const POST = apiRoute(operations.changePassword, async ({ user, body, reply }) => reply(200, { data: await tokenGrant(await changePassword(user.id, body)) }));
