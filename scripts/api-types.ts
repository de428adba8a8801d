import fs from "node:fs";
import { fileURLToPath } from "node:url";
import openapiTS, { astToString } from "openapi-typescript";
import { openApiDocument } from "@/lib/api/document";

// `npm run api:types`: the TypeScript types of /api/v1 for openapi-fetch, generated from the
// OpenAPI document. A unit test fails when the committed file is stale.

export const API_TYPES_FILE = "examples/api-types.ts";

export async function apiTypes(): Promise<string> {
  const ast = await openapiTS(structuredClone(openApiDocument()) as Parameters<typeof openapiTS>[0]);
  return `// Generated from /api/v1/openapi.json by \`npm run api:types\`. Do not edit.\n\n${astToString(ast)}`;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  fs.writeFileSync(API_TYPES_FILE, await apiTypes());
  console.log(`wrote ${API_TYPES_FILE}`);
}
