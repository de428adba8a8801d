// Runs once when the server starts: a bad configuration stops it here, with every problem listed.
const LOCAL_RELAY_INTERVAL_MS = 60_000;

export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { env } = await import("@/lib/env");
  if (env().inngestMode !== "local") return;
  // Without Inngest, this process is the job engine: relay the outbox on a schedule and pick
  // up analyses that a restart interrupted.
  const { drainOutbox, resumeUnfinishedLocalRuns } = await import("@/lib/automation/outbox");
  const { logger } = await import("@/lib/observability/logger");
  const relay = () => drainOutbox().catch((error) => logger().warn({ err: error }, "scheduled outbox relay failed"));
  setInterval(relay, LOCAL_RELAY_INTERVAL_MS).unref();
  void resumeUnfinishedLocalRuns()
    .then(relay)
    .catch((error) => logger().warn({ err: error }, "could not resume local automation"));
}
