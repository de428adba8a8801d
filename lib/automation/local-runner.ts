import { randomUUID } from "node:crypto";
import { setMaxListeners } from "node:events";
import { hostname } from "node:os";
import { setTimeout as sleep } from "node:timers/promises";
import { db } from "@/lib/db";
import { runHousekeeping } from "@/lib/db/housekeeping";
import { env } from "@/lib/env";
import { logger } from "@/lib/observability/logger";
import { analyseActivatedCreator, DEFAULT_WORKFLOW_DEPS, STEP_RETRIES, type ActivatedEvent, type WorkflowDeps, type WorkflowStep } from "@/lib/automation/workflow";

// Runs the Inngest functions' code in this process when there is no Inngest to send to
// (local development, sandbox deployments): the same workflow, with sleeps as timers,
// completed steps memoised across attempts, and failed attempts retried after 60 s · 2^n.
//
// Several instances may run it against one database: a workflow runs under a lease in
// PostgreSQL (workflow_leases), renewed while it runs. Whoever holds the lease runs it; the
// others skip it; when an instance dies, its lease expires and the next resume pass of another
// instance takes the workflow over (its finished steps are skipped, being idempotent). An
// instance that shuts down (`stop`) lets each step in hand finish, then deletes its leases at
// once, so another instance's resume pass (or its own successor's, at start-up) takes them over.

export const LEASE_SECONDS = 120;
const RESUME_EVERY_MS = 60_000;
const HOUSEKEEPING_EVERY_SECONDS = 3600;

class LeaseLost extends Error {}
class Stopping extends Error {}

function milliseconds(duration: string): number {
  const match = duration.match(/^(\d+(?:\.\d+)?)(ms|s|m|h)$/);
  if (!match) throw new Error(`unsupported duration ${duration}`);
  return Number(match[1]) * { ms: 1, s: 1000, m: 60_000, h: 3_600_000 }[match[2] as "ms" | "s" | "m" | "h"];
}

export class LocalRunner {
  private readonly running = new Set<string>();
  private readonly inFlight = new Set<Promise<unknown>>();
  private readonly stopping = new AbortController();

  constructor(
    /** Unique per instance (host, process, random): the lease's owner. */
    readonly owner: string = `${hostname()}:${process.pid}:${randomUUID().slice(0, 8)}`,
    private readonly deps: WorkflowDeps = DEFAULT_WORKFLOW_DEPS,
  ) {
    // Every sleeping workflow listens to it: as many listeners as workflows, not a leak.
    setMaxListeners(Infinity, this.stopping.signal);
  }

  /** Starts the workflow for an event unless it already runs here or under another instance's lease; returns at once. */
  run(event: ActivatedEvent): void {
    if (this.stopping.signal.aborted) return;
    if (event.id && this.running.has(event.id)) return;
    if (event.id) this.running.add(event.id);
    const run = this.leased(event).finally(() => {
      this.inFlight.delete(run);
      if (event.id) this.running.delete(event.id);
    });
    this.inFlight.add(run);
  }

  /** Resolves when every workflow started here has finished (tests, the drain command). */
  async idle(): Promise<void> {
    while (this.inFlight.size > 0) await Promise.all([...this.inFlight]);
  }

  /**
   * The cron functions' stand-in: runs `task` when this instance takes the period's lease
   * (`cron:<name>`, held for the whole period), so that the cluster runs it once per period.
   */
  async runOncePerPeriod(name: string, periodSeconds: number, task: () => Promise<unknown>): Promise<boolean> {
    const taken = await db.$queryRaw<Array<{ owner: string }>>`
      INSERT INTO workflow_leases (trigger_id, owner, expires_at) VALUES (${`cron:${name}`}, ${this.owner}, now() + make_interval(secs => ${periodSeconds}))
      ON CONFLICT (trigger_id) DO UPDATE SET owner = EXCLUDED.owner, expires_at = EXCLUDED.expires_at WHERE workflow_leases.expires_at < now()
      RETURNING owner`;
    if (taken.length === 0) return false;
    await task();
    return true;
  }

  /** Starts nothing more; sleeping workflows wake, running steps finish, and every lease is handed back. */
  async stop(): Promise<void> {
    this.stopping.abort();
    await this.idle();
  }

  /**
   * Sleeping workflows live in memory: activations whose analyses did not all finish, and that
   * no live lease covers (a restart here, or another instance that died), are started again.
   */
  async resumeUnfinished(now = new Date()): Promise<number> {
    const since = new Date(now.getTime() - 7 * 24 * 3_600_000);
    const unfinished = await db.$queryRaw<Array<{ id: string; payload: ActivatedEvent["data"] }>>`
      SELECT o.id, o.payload FROM outbox_events o
      WHERE o.status = 'sent' AND o.name = 'creator/activated' AND o.sent_at > ${since}
        AND NOT EXISTS (SELECT 1 FROM workflow_leases l WHERE l.trigger_id = o.id AND l.expires_at > now())
        AND (SELECT count(*) FROM automation_runs r WHERE r.trigger_id = o.id AND r.status IN ('succeeded', 'skipped', 'failed')) < 3`;
    for (const row of unfinished) this.run({ id: row.id, name: "creator/activated", data: row.payload });
    return unfinished.length;
  }

  private async leased(event: ActivatedEvent): Promise<void> {
    if (!event.id) return this.execute(event, () => {});
    if (!(await this.claim(event.id))) return;
    let lost = false;
    const heartbeat = setInterval(() => {
      void this.renew(event.id!).then(
        (held) => (lost ||= !held),
        () => {},
      );
    }, (LEASE_SECONDS * 1000) / 3);
    try {
      await this.execute(event, () => {
        if (lost) throw new LeaseLost(`the lease of ${event.id} went to another instance`);
      });
    } finally {
      clearInterval(heartbeat);
      await db.$executeRaw`DELETE FROM workflow_leases WHERE trigger_id = ${event.id} AND owner = ${this.owner}`.catch(() => 0);
    }
  }

  /** Takes the lease when it is free, expired, or already ours: one statement, so two instances cannot both win. */
  private async claim(triggerId: string): Promise<boolean> {
    const rows = await db.$queryRaw<Array<{ owner: string }>>`
      INSERT INTO workflow_leases (trigger_id, owner, expires_at) VALUES (${triggerId}, ${this.owner}, now() + make_interval(secs => ${LEASE_SECONDS}))
      ON CONFLICT (trigger_id) DO UPDATE SET owner = EXCLUDED.owner, expires_at = EXCLUDED.expires_at
        WHERE workflow_leases.expires_at < now() OR workflow_leases.owner = EXCLUDED.owner
      RETURNING owner`;
    return rows.length > 0;
  }

  private async renew(triggerId: string): Promise<boolean> {
    const renewed = await db.$executeRaw`UPDATE workflow_leases SET expires_at = now() + make_interval(secs => ${LEASE_SECONDS}) WHERE trigger_id = ${triggerId} AND owner = ${this.owner}`;
    return renewed > 0;
  }

  private memoisedStep(memo: Map<string, unknown>, assertLease: () => void): WorkflowStep {
    const { signal } = this.stopping;
    return {
      async run<T>(id: string, fn: () => Promise<T>): Promise<T> {
        if (memo.has(id)) return memo.get(id) as T;
        if (signal.aborted) throw new Stopping();
        assertLease();
        const value = await fn();
        memo.set(id, value);
        return value;
      },
      async sleep(id: string, duration: string) {
        if (memo.has(id)) return;
        await sleep(milliseconds(duration), undefined, { signal }).catch(() => {
          throw new Stopping();
        });
        memo.set(id, true);
      },
    };
  }

  private async execute(event: ActivatedEvent, assertLease: () => void): Promise<void> {
    const memo = new Map<string, unknown>();
    for (let attempt = 0; attempt <= STEP_RETRIES; attempt++) {
      try {
        await analyseActivatedCreator({ event, step: this.memoisedStep(memo, assertLease), attempt }, this.deps);
        return;
      } catch (error) {
        if (error instanceof LeaseLost) {
          logger().warn({ eventId: event.id, owner: this.owner }, error.message);
          return;
        }
        if (error instanceof Stopping) {
          logger().info({ eventId: event.id, owner: this.owner }, "shutting down: the workflow's lease is handed back");
          return;
        }
        if (attempt === STEP_RETRIES) {
          logger().error({ err: error, eventId: event.id }, "automation failed after every retry");
          return;
        }
        const stopped = await sleep(60_000 * 2 ** attempt * env().AUTOMATION_DELAY_SCALE, false, { signal: this.stopping.signal }).catch(() => true);
        if (stopped) return;
      }
    }
  }
}

let shared: LocalRunner | undefined;

/** This process's runner. */
export function localRunner(): LocalRunner {
  shared ??= new LocalRunner();
  return shared;
}

export function runLocally(event: ActivatedEvent): void {
  localRunner().run(event);
}

export function localRunnerIdle(): Promise<void> {
  return localRunner().idle();
}

/**
 * At start-up and then every minute: resume what no live lease covers, and run the hourly
 * housekeeping if no instance has this hour. Returns the runner's stop.
 */
export function startLocalRunner(): () => Promise<void> {
  const tick = () => {
    void localRunner().resumeUnfinished().catch((error: unknown) => logger().warn({ err: error }, "could not resume local automation"));
    void localRunner()
      .runOncePerPeriod("housekeeping", HOUSEKEEPING_EVERY_SECONDS, () => runHousekeeping())
      .catch((error: unknown) => logger().warn({ err: error }, "could not run the housekeeping"));
  };
  tick();
  const timer = setInterval(tick, RESUME_EVERY_MS);
  timer.unref();
  return () => {
    clearInterval(timer);
    return localRunner().stop();
  };
}
