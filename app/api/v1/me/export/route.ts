import { operations } from "@/lib/api/operations";
import { exportAccount } from "@/lib/auth/account-data";
import { apiRoute } from "@/lib/http/api-route";

/** Everything stored about the signed-in person, as a JSON file (GDPR art. 15 and 20). */
export const GET = apiRoute(operations.exportMe, async ({ user, reply }) =>
  reply(200, await exportAccount(user.id), { "content-disposition": `attachment; filename="ofm-onboarding-account-${new Date().toISOString().slice(0, 10)}.json"` }),
);
