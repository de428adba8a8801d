import { isReferenceAsset, referenceAsset } from "@/lib/api/reference-assets";

export async function GET(_request: Request, { params }: { params: Promise<{ file: string }> }): Promise<Response> {
  const { file } = await params;
  if (!isReferenceAsset(file)) return new Response("Not found", { status: 404, headers: { "content-type": "text/plain" } });
  const { body, contentType } = await referenceAsset(file);
  return new Response(body, { headers: { "content-type": contentType, "cache-control": "public, max-age=31536000, immutable", "x-content-type-options": "nosniff" } });
}
