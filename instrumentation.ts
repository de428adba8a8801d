// Runs once when the server starts: a bad configuration stops it here, with every problem listed.

export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  // Already preloaded by the launcher and the Docker image; this covers a bare `next start`.
  await import("@/lib/http/incoming-request.mjs");
  const { env } = await import("@/lib/env");
  const { logger } = await import("@/lib/observability/logger");
  env();

  // Every deployment (launcher, Docker, several instances) gets its first admin the same way.
  const { ensureBootstrapAdmin } = await import("@/lib/admin/bootstrap");
  await ensureBootstrapAdmin()
    .then((outcome) => outcome !== "not_configured" && logger().info({ email: env().BOOTSTRAP_ADMIN_EMAIL, outcome }, "bootstrap admin"))
    .catch((error: unknown) => logger().error({ err: error }, "could not create the bootstrap admin"));

  // Every instance relays the outbox (emails, job events): after each commit and on a schedule.
  const { startOutboxRelay } = await import("@/lib/outbox/relay");
  const stopRelay = startOutboxRelay();

  // Without Inngest, the instances are the job engine: each resumes, under a lease, what a
  // restart or a dead instance left unfinished, and one of them runs the hourly housekeeping
  // (lib/automation/local-runner.ts). With Inngest, its cron functions do.
  const stopRunner = env().inngestMode === "local" ? (await import("@/lib/automation/local-runner")).startLocalRunner() : async () => {};

  // A deploy's SIGTERM drains this instance and hands back its leases (docs/operations.md, "Deploys").
  if (!env().NEXT_MANUAL_SIG_HANDLE) {
    if (env().isProduction) logger().warn("NEXT_MANUAL_SIG_HANDLE is not set: on SIGTERM Next.js exits without draining (set it to true, as npm start and the Docker image do)");
    return;
  }
  const { installGracefulShutdown } = await import("@/lib/http/graceful-shutdown");
  const { disconnectDb } = await import("@/lib/db");
  installGracefulShutdown({
    delaySeconds: env().SHUTDOWN_DELAY_SECONDS,
    graceSeconds: env().SHUTDOWN_GRACE_SECONDS,
    stopBackgroundWork: async () => {
      // The relay first: a job event it delivers on its last pass reaches a runner that hands it back.
      await stopRelay();
      await stopRunner();
      await disconnectDb();
    },
  });
}
