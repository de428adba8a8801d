import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { logger } from "@/lib/observability/logger";
import { metrics } from "@/lib/observability/metrics";

// Every retention rule of the app (docs/operations.md, "Retention"), run hourly by one scheduled
// job: an Inngest cron function, or the in-process runner once per cluster under a lease
// (lib/automation/functions.ts, lib/automation/local-runner.ts). Each task is one idempotent
// statement that only touches rows no reader needs any more.

const DAY_MS = 86_400_000;
const daysBefore = (now: Date, days: number) => new Date(now.getTime() - days * DAY_MS);

const RETENTION = {
  /** Rate-limit windows that ended an hour ago or more (lib/http/rate-limit.ts counts only live ones). */
  rateLimits: (now: Date) => db.$executeRaw`DELETE FROM rate_limits WHERE expire < ${BigInt(now.getTime() - 3_600_000)}`,
  /** Verification, reset and email-change links, once used or expired for TOKEN_RETENTION_DAYS. */
  tokens: async (now: Date) => {
    const before = daysBefore(now, env().TOKEN_RETENTION_DAYS);
    return (await db.verificationToken.deleteMany({ where: { OR: [{ expiresAt: { lt: before } }, { usedAt: { lt: before } }] } })).count;
  },
  /** Revoked session ids, once the token they revoke would have expired anyway. */
  revokedSessions: async (now: Date) => (await db.revokedSession.deleteMany({ where: { expiresAt: { lt: now } } })).count,
  /** Delivered (or skipped) outbox rows after OUTBOX_RETENTION_DAYS; pending and dead rows stay. */
  outbox: async (now: Date) => (await db.outboxEvent.deleteMany({ where: { status: { in: ["sent", "skipped"] }, createdAt: { lt: daysBefore(now, env().OUTBOX_RETENTION_DAYS) } } })).count,
  /** The account's sign-in history, SIGN_IN_RETENTION_DAYS deep. */
  signIns: async (now: Date) => (await db.signIn.deleteMany({ where: { at: { lt: daysBefore(now, env().SIGN_IN_RETENTION_DAYS) } } })).count,
  /**
   * Processed Stripe events keep their id (a redelivery is still a no-op) and lose their payload,
   * which holds the account's email and metadata, after STRIPE_EVENT_RETENTION_DAYS.
   */
  stripeEventPayloads: async (now: Date) => {
    const before = daysBefore(now, env().STRIPE_EVENT_RETENTION_DAYS);
    return (await db.stripeEvent.updateMany({ where: { receivedAt: { lt: before }, NOT: { payload: { equals: {} } } }, data: { payload: {} } })).count;
  },
} as const;

export type RetentionTask = keyof typeof RETENTION;

/** Runs every retention rule; a failing one is logged and retried at the next run. Returns what each pruned. */
export async function runHousekeeping(now = new Date()): Promise<Partial<Record<RetentionTask, number>>> {
  const pruned: Partial<Record<RetentionTask, number>> = {};
  for (const [task, prune] of Object.entries(RETENTION) as Array<[RetentionTask, (now: Date) => Promise<number>]>) {
    try {
      pruned[task] = await prune(now);
      metrics().housekeepingPruned.inc({ task }, pruned[task]);
    } catch (error) {
      logger().warn({ err: error, task }, "housekeeping task failed; it runs again at the next hour");
    }
  }
  logger().info({ pruned }, "housekeeping");
  return pruned;
}
