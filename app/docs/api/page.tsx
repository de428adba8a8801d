import type { Metadata } from "next";
import { headers } from "next/headers";
import { referenceAssetUrl } from "@/lib/api/reference-assets";

export const metadata: Metadata = { title: "API reference" };

/** Swagger UI over /api/v1/openapi.json, from the app's own assets (lib/api/reference-assets.ts). */
export default async function ApiReferencePage() {
  const nonce = (await headers()).get("x-nonce") ?? undefined;
  return (
    <div className="mx-auto max-w-6xl bg-white px-2 py-6">
      <link rel="stylesheet" href={referenceAssetUrl("reference.css")} precedence="default" />
      <div id="swagger-ui" />
      <script async src={referenceAssetUrl("reference.js")} nonce={nonce} />
    </div>
  );
}
