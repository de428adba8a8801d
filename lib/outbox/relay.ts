import { db, Prisma } from "@/lib/db";
import { logger } from "@/lib/observability/logger";
import { metrics } from "@/lib/observability/metrics";
import { deliverRow, type OutboxRow, type Transport } from "@/lib/outbox/handlers";
import { onOutboxWritten } from "@/lib/outbox/write";

// The relay delivers outbox rows after their transaction committed: right after a commit,
// on a schedule, and on demand. It never holds a transaction across a network call: rows are
// claimed with a lease in one statement (autocommit), delivered, then marked. A relay that
// dies mid-send leaves the lease to expire and another relay retries the row; the row id is
// the idempotency key at the email provider and the event id at Inngest, so a retried row is
// still one email, one event. A row that keeps failing ends as `dead`, visible in Admin → System.

export const LEASE_SECONDS = 60;
export const MAX_ATTEMPTS = 12;

/** Seconds before attempt n+1 after n failures: 15 s, 30 s, 1 min, … capped at an hour. */
function retryDelaySeconds(attempts: number): number {
  return Math.min(3600, 15 * 2 ** Math.max(0, attempts - 1));
}

export interface DrainResult {
  sent: number;
  skipped: number;
  failed: number;
  dead: number;
}

interface DrainOptions {
  limit?: number;
  now?: Date;
  /** Replaces how rows reach the outside world (tests: a provider that is down or stalls). */
  transport?: Partial<Transport>;
  /** Once aborted, no further batch is claimed (the one in hand is delivered and marked). */
  signal?: AbortSignal;
}

async function claim(limit: number, now: Date): Promise<OutboxRow[]> {
  const leaseEnd = new Date(now.getTime() + LEASE_SECONDS * 1000);
  return db.$queryRaw<OutboxRow[]>`
    UPDATE outbox_events o SET locked_until = ${leaseEnd}, attempts = o.attempts + 1
    FROM (
      SELECT id FROM outbox_events
      WHERE status = 'pending' AND available_at <= ${now} AND (locked_until IS NULL OR locked_until < ${now})
      ORDER BY available_at LIMIT ${limit} FOR UPDATE SKIP LOCKED
    ) claimed
    WHERE o.id = claimed.id
    RETURNING o.id, o.name, o.payload, o.attempts, o.created_at AS "createdAt", o.locked_until AS "lockedUntil"`;
}

async function markDone(rows: OutboxRow[], status: "sent" | "skipped", now: Date): Promise<void> {
  if (rows.length === 0) return;
  await db.$executeRaw`
    UPDATE outbox_events SET status = ${status}::"OutboxStatus", sent_at = ${now}, locked_until = NULL, last_error = NULL
    WHERE id IN (${Prisma.join(rows.map((row) => row.id))})`;
}

async function markFailed(row: OutboxRow, error: unknown, permanent: boolean, now: Date): Promise<"failed" | "dead"> {
  const message = (error as Error)?.message?.slice(0, 1000) ?? String(error);
  const dead = permanent || row.attempts >= MAX_ATTEMPTS;
  await db.outboxEvent.update({
    where: { id: row.id },
    data: { status: dead ? "dead" : "pending", lastError: message, lockedUntil: null, availableAt: new Date(now.getTime() + retryDelaySeconds(row.attempts) * 1000) },
  });
  logger()[dead ? "error" : "warn"]({ outboxId: row.id, name: row.name, attempts: row.attempts, err: error }, dead ? "outbox row is dead" : "outbox delivery failed; will retry");
  return dead ? "dead" : "failed";
}

/** Delivers what is due, oldest first, in batches until nothing is left (or `limit` per batch). */
export async function drainOutbox(options: DrainOptions = {}): Promise<DrainResult> {
  const result: DrainResult = { sent: 0, skipped: 0, failed: 0, dead: 0 };
  for (;;) {
    if (options.signal?.aborted) return result;
    const now = options.now ?? new Date();
    const rows = await claim(options.limit ?? 50, now);
    if (rows.length === 0) return result;
    const outcomes = await deliverRow(rows, options.transport);
    const sent = rows.filter((row) => outcomes.get(row.id)?.status === "sent");
    const skipped = rows.filter((row) => outcomes.get(row.id)?.status === "skipped");
    await Promise.all([markDone(sent, "sent", new Date()), markDone(skipped, "skipped", new Date())]);
    result.sent += sent.length;
    result.skipped += skipped.length;
    metrics().outboxDeliveries.inc({ outcome: "sent" }, sent.length);
    metrics().outboxDeliveries.inc({ outcome: "skipped" }, skipped.length);
    for (const row of rows) {
      const outcome = outcomes.get(row.id);
      if (outcome?.status !== "failed") continue;
      const marked = await markFailed(row, outcome.error, outcome.permanent, new Date());
      result[marked]++;
      metrics().outboxDeliveries.inc({ outcome: marked });
    }
    // A batch that failed entirely is not retried in this pass (its rows now wait their backoff).
    if (options.now || rows.length < (options.limit ?? 50)) return result;
  }
}

export async function outboxBacklog(now = new Date()): Promise<{ pending: number; dead: number; oldestPendingAt: Date | null }> {
  const [row] = await db.$queryRaw<Array<{ pending: number; dead: number; oldest: Date | null }>>`
    SELECT count(*) FILTER (WHERE status = 'pending')::int AS pending, count(*) FILTER (WHERE status = 'dead')::int AS dead,
           min(created_at) FILTER (WHERE status = 'pending' AND created_at <= ${now}) AS oldest
    FROM outbox_events WHERE status IN ('pending', 'dead')`;
  return { pending: row.pending, dead: row.dead, oldestPendingAt: row.oldest };
}

/** The dead rows, newest first, for Admin → System. */
export async function deadOutboxRows(limit = 50) {
  return db.outboxEvent.findMany({ where: { status: "dead" }, orderBy: { createdAt: "desc" }, take: limit, select: { id: true, name: true, attempts: true, lastError: true, createdAt: true, payload: true } });
}

/** Puts dead rows back in the queue for a fresh round of attempts. */
export async function requeueDeadRows(ids: string[] | "all"): Promise<number> {
  const where: Prisma.OutboxEventWhereInput = ids === "all" ? { status: "dead" } : { status: "dead", id: { in: ids } };
  const { count } = await db.outboxEvent.updateMany({ where, data: { status: "pending", attempts: 0, availableAt: new Date(), lockedUntil: null } });
  return count;
}

const RELAY_INTERVAL_MS = 10_000;
const globalForRelay = globalThis as unknown as { ofmOutboxRelay?: { stop: () => Promise<void> } };

/**
 * This process's relay: after every commit that wrote rows (coalesced), and every 10 s for
 * retries and rows another instance's crash left behind. Safe with several instances: rows
 * are claimed with SKIP LOCKED and leases. Its stop function (a shutting-down instance) claims
 * nothing more and resolves once the rows in hand are delivered and marked: no lease is left
 * held for another relay to wait out.
 */
export function startOutboxRelay(): () => Promise<void> {
  if (globalForRelay.ofmOutboxRelay) return globalForRelay.ofmOutboxRelay.stop;
  const stopping = new AbortController();
  let running: Promise<unknown> | null = null;
  let again = false;
  const pass = () => {
    if (stopping.signal.aborted) return;
    if (running) {
      again = true;
      return;
    }
    running = drainOutbox({ signal: stopping.signal })
      .catch((error) => logger().warn({ err: error }, "outbox relay pass failed"))
      .finally(() => {
        running = null;
        if (again) {
          again = false;
          pass();
        }
      });
  };
  const unsubscribe = onOutboxWritten(() => setImmediate(pass));
  const timer = setInterval(pass, RELAY_INTERVAL_MS);
  timer.unref();
  pass();
  const stop = async () => {
    stopping.abort();
    unsubscribe();
    clearInterval(timer);
    globalForRelay.ofmOutboxRelay = undefined;
    await running;
  };
  globalForRelay.ofmOutboxRelay = { stop };
  return stop;
}
