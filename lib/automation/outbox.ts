import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { inngest } from "@/lib/automation/client";
import { runLocally } from "@/lib/automation/local-runner";
import type { ActivatedEvent } from "@/lib/automation/workflow";
import { logger } from "@/lib/observability/logger";

// The transactional outbox: rows written in the same transaction as the fact they announce
// (an activation) are relayed to the job engine afterwards — right after commit, every minute,
// and on demand — so an engine outage only delays them. See docs/decisions/004.

interface OutgoingEvent {
  id: string;
  name: string;
  data: Record<string, unknown>;
}

/** Replaceable in tests to simulate the engine being down. */
export const outboxDeps = {
  async send(events: OutgoingEvent[]): Promise<void> {
    if (env().inngestMode === "local") {
      for (const event of events) runLocally(event as unknown as ActivatedEvent);
      return;
    }
    // The outbox row id is the Inngest event id: Inngest drops a re-sent duplicate.
    await inngest().send(events);
  },
};

export interface DrainResult {
  sent: number;
  failed: number;
  error?: string;
}

/**
 * Sends pending rows, oldest first. Rows are locked (SKIP LOCKED) while they are sent, so two
 * relays never send the same row; a failed send leaves them pending with the error and count.
 */
export async function drainOutbox({ limit = 100 }: { limit?: number } = {}): Promise<DrainResult> {
  return db.$transaction(
    async (tx) => {
      const rows = await tx.$queryRaw<Array<{ id: string; name: string; payload: Record<string, unknown> }>>`
        SELECT id, name, payload FROM outbox_events WHERE status = 'pending' ORDER BY created_at LIMIT ${limit} FOR UPDATE SKIP LOCKED`;
      if (rows.length === 0) return { sent: 0, failed: 0 };
      const ids = rows.map((row) => row.id);
      try {
        await outboxDeps.send(rows.map((row) => ({ id: row.id, name: row.name, data: row.payload })));
      } catch (error) {
        const message = (error as Error).message.slice(0, 1000);
        await tx.outboxEvent.updateMany({ where: { id: { in: ids } }, data: { attempts: { increment: 1 }, lastError: message } });
        logger().warn({ err: error, count: ids.length }, "outbox relay failed; rows stay pending");
        return { sent: 0, failed: ids.length, error: message };
      }
      await tx.outboxEvent.updateMany({ where: { id: { in: ids } }, data: { status: "sent", sentAt: new Date(), attempts: { increment: 1 }, lastError: null } });
      return { sent: ids.length, failed: 0 };
    },
    { maxWait: 10_000, timeout: 30_000 },
  );
}

/** Right after a commit that wrote outbox rows; never fails the caller (the schedule retries). */
export function relayAfterCommit(): void {
  void drainOutbox().catch((error) => logger().warn({ err: error }, "outbox relay after commit failed"));
}

export async function outboxBacklog(): Promise<{ pending: number; oldestPendingAt: Date | null }> {
  const [pending, oldest] = await Promise.all([
    db.outboxEvent.count({ where: { status: "pending" } }),
    db.outboxEvent.findFirst({ where: { status: "pending" }, orderBy: { createdAt: "asc" }, select: { createdAt: true } }),
  ]);
  return { pending, oldestPendingAt: oldest?.createdAt ?? null };
}

/**
 * Local mode keeps sleeping workflows in memory; after a restart, activations whose analyses
 * did not all finish are started again (steps already done are skipped, being idempotent).
 */
export async function resumeUnfinishedLocalRuns(): Promise<number> {
  const unfinished = await db.$queryRaw<Array<{ id: string; name: string; payload: Record<string, unknown> }>>`
    SELECT o.id, o.name, o.payload FROM outbox_events o
    WHERE o.status = 'sent' AND o.name = 'creator/activated' AND o.sent_at > now() - interval '7 days'
      AND (SELECT count(*) FROM automation_runs r WHERE r.trigger_id = o.id AND r.status IN ('succeeded', 'skipped', 'failed')) < 3`;
  for (const row of unfinished) runLocally({ id: row.id, name: "creator/activated", data: row.payload as ActivatedEvent["data"] });
  return unfinished.length;
}
