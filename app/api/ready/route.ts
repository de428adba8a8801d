import { isDraining } from "@/lib/http/graceful-shutdown";
import { checkReadiness } from "@/lib/observability/health";

export const dynamic = "force-dynamic";

/** The readiness probe: 200 when this instance should get traffic (liveness stays /api/health). */
export async function GET() {
  const readiness = await checkReadiness(isDraining());
  return Response.json(readiness, {
    status: readiness.status === "ready" ? 200 : 503,
    headers: { "cache-control": "no-store" },
  });
}
