import { exportCreatorAsAdmin } from "@/lib/admin/creator-data";
import { apiRoute, jsonResponse } from "@/lib/http/api-route";
import { IdParams } from "@/lib/http/params";

/** A creator's data export, asked by an admin on their behalf (audited). */
export const GET = apiRoute({ auth: { roles: ["admin"] }, params: IdParams }, async ({ user, params, requestId }) =>
  jsonResponse(await exportCreatorAsAdmin(user, params.id), 200, requestId, { "content-disposition": `attachment; filename="ofm-onboarding-creator-${params.id}.json"`, "cache-control": "no-store" }),
);
