import { env } from "@/lib/env";

export const dynamic = "force-dynamic";

const MAX_BODY_BYTES = 1024 * 1024;

// The framework's own limit: a route handler that does nothing. Only in bench mode.
export function GET() {
  if (!env().BENCH_MODE) return new Response(null, { status: 404 });
  return Response.json({ ok: true });
}

// The same, reading a request body first: what Next.js and Node charge for a POST's body alone,
// the floor under the webhook's already-processed path.
export async function POST(request: Request) {
  if (!env().BENCH_MODE) return new Response(null, { status: 404 });
  if (Number(request.headers.get("content-length") ?? 0) > MAX_BODY_BYTES) return new Response(null, { status: 413 });
  return Response.json({ ok: true, bytes: (await request.text()).length });
}
