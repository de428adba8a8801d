import { timingSafeEqual } from "node:crypto";
import { outboxBacklog } from "@/lib/outbox/relay";
import { env } from "@/lib/env";
import { metrics } from "@/lib/observability/metrics";

/** Open outside production; in production only with `Authorization: Bearer $METRICS_TOKEN`. */
export function scrapeAllowed(headers: Headers): boolean {
  if (!env().isProduction) return true;
  const token = env().METRICS_TOKEN;
  const given = headers.get("authorization")?.replace(/^Bearer\s+/i, "") ?? "";
  return Boolean(token) && given.length === token!.length && timingSafeEqual(Buffer.from(given), Buffer.from(token!));
}

/** The exposition text, with the outbox gauges read from the database at scrape time. */
export async function scrape(): Promise<{ body: string; contentType: string }> {
  const registry = metrics();
  try {
    const backlog = await outboxBacklog();
    registry.outboxPending.set(backlog.pending);
    registry.outboxDead.set(backlog.dead);
    registry.outboxOldestAge.set(backlog.oldestPendingAt ? (Date.now() - backlog.oldestPendingAt.getTime()) / 1000 : 0);
  } catch {
    // The database being down must not hide every other metric.
  }
  return { body: await registry.registry.metrics(), contentType: registry.registry.contentType };
}
