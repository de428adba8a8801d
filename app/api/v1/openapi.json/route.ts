import { openApiDocument } from "@/lib/api/document";
import { operations } from "@/lib/api/operations";
import { apiRoute } from "@/lib/http/api-route";

export const GET = apiRoute(operations.openApiDocument, async ({ reply }) => {
  const document = openApiDocument();
  return reply(200, { ...document, info: { ...document.info } }, { "cache-control": "public, max-age=300" });
});
