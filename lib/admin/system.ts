import { assertAdmin, type Actor } from "@/lib/admin/guard";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { checkHealth } from "@/lib/observability/health";
import { deadOutboxRows, drainOutbox, outboxBacklog, requeueDeadRows, type DrainResult } from "@/lib/outbox/relay";

/** What the admin "System" page shows: flags, service modes, database and the outbox. */
export async function systemStatus(actor: Actor) {
  assertAdmin(actor);
  const current = env();
  const [health, backlog, dead] = await Promise.all([checkHealth(), outboxBacklog().catch(() => null), deadOutboxRows().catch(() => [])]);
  return {
    version: health.version,
    uptimeSeconds: health.uptimeSeconds,
    database: health.checks.database,
    flags: {
      FEATURE_EMAIL_VERIFICATION: current.FEATURE_EMAIL_VERIFICATION,
      FEATURE_STRIPE_CONNECT: current.FEATURE_STRIPE_CONNECT,
      FEATURE_MARKETING_AUTOMATION: current.FEATURE_MARKETING_AUTOMATION,
    },
    // The reminders' settings (lib/env.ts), shown so an admin can see what is in force.
    reminders: {
      NUDGE_DELAYS_DAYS: current.NUDGE_DELAYS_DAYS.join(", "),
      DEADLINE_REMINDER_DAYS: current.DEADLINE_REMINDER_DAYS.join(", "),
      NUDGE_SEND_HOURS: `${current.NUDGE_SEND_HOURS.start}:00–${current.NUDGE_SEND_HOURS.end}:00`,
      NUDGE_SEQUENCES_OFF: current.NUDGE_SEQUENCES_OFF.join(", "),
    },
    stripeMode: current.stripeMode,
    emailProvider: current.EMAIL_PROVIDER,
    inngestMode: current.inngestMode,
    sandboxInProduction: current.sandboxInProduction,
    outbox: backlog,
    deadRows: dead,
  };
}

async function audit(actor: Actor, action: string, outcome: "success" | "failure", details: Record<string, string | number | null>): Promise<void> {
  await db.auditLog.create({ data: { actorId: actor.id, action, targetType: "system", outcome, details } });
}

/** "Send pending now" from Admin → System, audited. */
export async function drainOutboxAsAdmin(actor: Actor): Promise<DrainResult> {
  assertAdmin(actor);
  const result = await drainOutbox();
  await audit(actor, "drain_outbox", result.failed || result.dead ? "failure" : "success", { sent: result.sent, skipped: result.skipped, failed: result.failed, dead: result.dead });
  return result;
}

/** Puts rows that failed every retry back in the queue (one, or all), audited. */
export async function requeueDeadRowsAsAdmin(actor: Actor, ids: string[] | "all"): Promise<number> {
  assertAdmin(actor);
  const count = await requeueDeadRows(ids);
  await audit(actor, "requeue_outbox", "success", { count, rows: ids === "all" ? "all" : ids.join(",") });
  return count;
}
