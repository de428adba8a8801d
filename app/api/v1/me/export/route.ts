import { exportAccount } from "@/lib/auth/account-data";
import { apiRoute, jsonResponse } from "@/lib/http/api-route";

/** Everything stored about the signed-in person, as a JSON file (GDPR art. 15 and 20). */
export const GET = apiRoute({ auth: true }, async ({ user, requestId }) =>
  jsonResponse(await exportAccount(user.id), 200, requestId, { "content-disposition": `attachment; filename="ofm-onboarding-account-${new Date().toISOString().slice(0, 10)}.json"`, "cache-control": "no-store" }),
);
