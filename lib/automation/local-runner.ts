import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { logger } from "@/lib/observability/logger";
import { analyseActivatedCreator, DEFAULT_WORKFLOW_DEPS, STEP_RETRIES, type ActivatedEvent, type WorkflowDeps, type WorkflowStep } from "@/lib/automation/workflow";

// Runs the Inngest functions' code in this process when there is no Inngest to send to
// (local development, sandbox deployments): the same workflow, with sleeps as timers,
// completed steps memoised across attempts, and failed attempts retried after 60 s · 2^n.

const handled = new Set<string>();
const inFlight = new Set<Promise<unknown>>();

function milliseconds(duration: string): number {
  const match = duration.match(/^(\d+(?:\.\d+)?)(ms|s|m|h)$/);
  if (!match) throw new Error(`unsupported duration ${duration}`);
  return Number(match[1]) * { ms: 1, s: 1000, m: 60_000, h: 3_600_000 }[match[2] as "ms" | "s" | "m" | "h"];
}

const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function memoisedStep(memo: Map<string, unknown>): WorkflowStep {
  return {
    async run<T>(id: string, fn: () => Promise<T>): Promise<T> {
      if (memo.has(id)) return memo.get(id) as T;
      const value = await fn();
      memo.set(id, value);
      return value;
    },
    async sleep(id: string, duration: string) {
      if (memo.has(id)) return;
      await wait(milliseconds(duration));
      memo.set(id, true);
    },
  };
}

async function execute(event: ActivatedEvent, deps: WorkflowDeps): Promise<void> {
  const memo = new Map<string, unknown>();
  for (let attempt = 0; attempt <= STEP_RETRIES; attempt++) {
    try {
      await analyseActivatedCreator({ event, step: memoisedStep(memo), attempt }, deps);
      return;
    } catch (error) {
      if (attempt === STEP_RETRIES) {
        logger().error({ err: error, eventId: event.id }, "automation failed after every retry");
        return;
      }
      await wait(60_000 * 2 ** attempt * env().AUTOMATION_DELAY_SCALE);
    }
  }
}

/** Starts the workflow for an event, once per event id in this process; returns at once. */
export function runLocally(event: ActivatedEvent, deps: WorkflowDeps = DEFAULT_WORKFLOW_DEPS): void {
  if (event.id) {
    if (handled.has(event.id)) return;
    handled.add(event.id);
  }
  const run = execute(event, deps).finally(() => inFlight.delete(run));
  inFlight.add(run);
}

/** Resolves when every workflow started here has finished (tests, the drain command). */
export async function localRunnerIdle(): Promise<void> {
  while (inFlight.size > 0) await Promise.all([...inFlight]);
}

/**
 * Local mode keeps sleeping workflows in memory; after a restart, activations whose analyses
 * did not all finish are started again (steps already done are skipped, being idempotent).
 */
export async function resumeUnfinishedLocalRuns(now = new Date()): Promise<number> {
  const since = new Date(now.getTime() - 7 * 24 * 3_600_000);
  const unfinished = await db.$queryRaw<Array<{ id: string; payload: ActivatedEvent["data"] }>>`
    SELECT o.id, o.payload FROM outbox_events o
    WHERE o.status = 'sent' AND o.name = 'creator/activated' AND o.sent_at > ${since}
      AND (SELECT count(*) FROM automation_runs r WHERE r.trigger_id = o.id AND r.status IN ('succeeded', 'skipped', 'failed')) < 3`;
  for (const row of unfinished) runLocally({ id: row.id, name: "creator/activated", data: row.payload });
  return unfinished.length;
}
