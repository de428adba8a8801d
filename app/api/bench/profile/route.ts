import { z } from "zod";
import { env } from "@/lib/env";
import { parseJsonOrUndefined } from "@/lib/http/json";
import { startCpuProfile, stopCpuProfile } from "@/lib/observability/cpu-profile";

export const dynamic = "force-dynamic";

const ProfileCommand = z.discriminatedUnion("action", [
  z.object({ action: z.literal("start") }),
  z.object({ action: z.literal("stop"), name: z.string().regex(/^[a-z0-9-]{1,60}$/, "lowercase letters, digits and dashes") }),
]);

// npm run bench's per-path CPU profiles: start before a path's load, stop after it. Only in
// bench mode with BENCH_PROFILE_DIR set; anywhere else the route does not exist.
export async function POST(request: Request) {
  const { BENCH_MODE, BENCH_PROFILE_DIR } = env();
  if (!BENCH_MODE || !BENCH_PROFILE_DIR) return new Response(null, { status: 404 });
  const command = ProfileCommand.safeParse(parseJsonOrUndefined(await request.text()));
  if (!command.success) return Response.json({ error: { code: "invalid_body", message: z.prettifyError(command.error) } }, { status: 400 });
  if (command.data.action === "start") {
    await startCpuProfile();
    return Response.json({ data: { profiling: true } });
  }
  const file = await stopCpuProfile(BENCH_PROFILE_DIR, command.data.name);
  if (!file) return Response.json({ error: { code: "not_found", message: "No profile is running." } }, { status: 404 });
  return Response.json({ data: { file } });
}
