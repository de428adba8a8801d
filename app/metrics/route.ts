import { scrape, scrapeAllowed } from "@/lib/observability/scrape";

export const dynamic = "force-dynamic";

export async function GET(request: Request) {
  if (!scrapeAllowed(request.headers)) {
    return Response.json({ error: { code: "forbidden", message: "Set METRICS_TOKEN and scrape with Authorization: Bearer <token>." } }, { status: 403 });
  }
  const { body, contentType } = await scrape();
  return new Response(body, { headers: { "content-type": contentType, "cache-control": "no-store" } });
}
