import { outboxBacklog } from "@/lib/automation/outbox";
import { env } from "@/lib/env";
import { checkHealth } from "@/lib/observability/health";

/** What the admin "System" page shows: flags, service modes, database and job backlog. */
export async function systemStatus() {
  const current = env();
  const [health, backlog] = await Promise.all([checkHealth(), outboxBacklog().catch(() => null)]);
  return {
    version: health.version,
    uptimeSeconds: health.uptimeSeconds,
    database: health.checks.database,
    flags: {
      FEATURE_EMAIL_VERIFICATION: current.FEATURE_EMAIL_VERIFICATION,
      FEATURE_STRIPE_CONNECT: current.FEATURE_STRIPE_CONNECT,
      FEATURE_MARKETING_AUTOMATION: current.FEATURE_MARKETING_AUTOMATION,
    },
    stripeMode: current.stripeMode,
    emailProvider: current.EMAIL_PROVIDER,
    inngestMode: current.inngestMode,
    outbox: backlog,
  };
}
