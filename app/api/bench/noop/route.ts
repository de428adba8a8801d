import { env } from "@/lib/env";

export const dynamic = "force-dynamic";

// The framework's own limit: a route handler that does nothing. Only in bench mode.
export function GET() {
  if (!env().BENCH_MODE) return new Response(null, { status: 404 });
  return Response.json({ ok: true });
}
