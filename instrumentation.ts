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
  startOutboxRelay();

  // Every instance prunes what the retention rules say (docs/operations.md, "Retention").
  const { startHousekeeping } = await import("@/lib/db/housekeeping");
  const { pruneStripeEventPayloads } = await import("@/lib/onboarding/stripe-webhook");
  startHousekeeping({ stripeEventPayloads: () => pruneStripeEventPayloads() });

  if (env().inngestMode !== "local") return;
  // Without Inngest, the instances are the job engine: each resumes, under a lease, what a
  // restart or a dead instance left unfinished (lib/automation/local-runner.ts).
  const { startLocalRunner } = await import("@/lib/automation/local-runner");
  startLocalRunner();
}
