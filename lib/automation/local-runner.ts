import { randomUUID } from "node:crypto";
import { setMaxListeners } from "node:events";
import { hostname } from "node:os";
import { setTimeout as sleep } from "node:timers/promises";
import { db } from "@/lib/db";
import { runHousekeeping } from "@/lib/db/housekeeping";
import { logger } from "@/lib/observability/logger";
import { CANCELLED_EVENT, openPlans, PLANNED_EVENT, type NudgePlanEvent } from "@/lib/onboarding/nudges";
import { AUTOMATION_STEPS } from "@/lib/automation/steps";
import type { AutomationStep } from "@/lib/generated/prisma/enums";
import {
  DEFAULT_WORKFLOW_DEPS,
  retryDelayMs,
  runAnalysis,
  sendPlannedNudges,
  STEP_RETRIES,
  type ActivatedEvent,
  type NudgesPlannedEvent,
  type WorkflowDeps,
  type WorkflowStep,
} from "@/lib/automation/workflow";

// Runs the Inngest functions' code in this process when there is no Inngest to send to
// (local development, sandbox deployments): the same workflows (each analysis of an activation,
// each plan of reminders), with sleeps as timers, completed steps memoised across attempts, and
// failed attempts retried after 60 s · 2^n. A `creator/nudges-cancelled` event cancels its plan
// as Inngest's cancelOn does: a sleeping plan here ends at once; one sleeping on another
// instance finds its reminders cancelled when it wakes (they are, in the database, since the
// transaction that ended the stall), and ends without sending.
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
class Interrupted extends Error {}

function milliseconds(duration: string): number {
  const match = duration.match(/^(\d+(?:\.\d+)?)(ms|s|m|h)$/);
  if (!match) throw new Error(`unsupported duration ${duration}`);
  return Number(match[1]) * { ms: 1, s: 1000, m: 60_000, h: 3_600_000 }[match[2] as "ms" | "s" | "m" | "h"];
}

/** An event as the outbox relay hands it to the job engine. */
interface RunnerEvent {
  id?: string;
  name: string;
  data: Record<string, unknown>;
}

type Workflow = (context: { step: WorkflowStep; attempt: number }) => Promise<unknown>;

export class LocalRunner {
  /** The workflows running here, by lease key, each with its own cancel. */
  private readonly running = new Map<string, AbortController>();
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

  /** What Inngest would do with the event: start the workflows it triggers, or cancel the plan it ends. Returns at once. */
  deliver(event: RunnerEvent): void {
    if (event.name === "creator/activated") {
      for (const analysis of AUTOMATION_STEPS) this.runAnalysis(event as unknown as ActivatedEvent, analysis);
    } else if (event.name === PLANNED_EVENT) {
      const planned = event as unknown as NudgesPlannedEvent;
      this.start(planned.data.planId, ({ step }) => sendPlannedNudges({ event: planned, step }, this.deps));
    } else if (event.name === CANCELLED_EVENT) {
      this.running.get((event.data as unknown as NudgePlanEvent).planId)?.abort();
    }
  }

  private runAnalysis(event: ActivatedEvent, analysis: AutomationStep): void {
    // An event without an id (an admin's re-run) runs without a lease.
    this.start(event.id ? `${event.id}:${analysis}` : undefined, (context) => runAnalysis(analysis, { event, ...context }, this.deps));
  }

  /** Starts a workflow unless it already runs here or under another instance's lease. */
  private start(key: string | undefined, workflow: Workflow): void {
    if (this.stopping.signal.aborted) return;
    if (key && this.running.has(key)) return;
    const cancel = new AbortController();
    if (key) this.running.set(key, cancel);
    const run = this.leased(key, workflow, cancel.signal).finally(() => {
      this.inFlight.delete(run);
      if (key && this.running.get(key) === cancel) this.running.delete(key);
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
   * Sleeping workflows live in memory: analyses of recent activations that did not finish, and
   * plans with reminders still to decide, that no live lease covers (a restart here, or another
   * instance that died), are started again.
   */
  async resumeUnfinished(now = new Date()): Promise<number> {
    const since = new Date(now.getTime() - 7 * 24 * 3_600_000);
    const analyses = await db.$queryRaw<Array<{ id: string; payload: ActivatedEvent["data"]; step: AutomationStep }>>`
      SELECT o.id, o.payload, s.step FROM outbox_events o CROSS JOIN unnest(enum_range(NULL::"AutomationStep")) AS s(step)
      WHERE o.status = 'sent' AND o.name = 'creator/activated' AND o.sent_at > ${since}
        AND NOT EXISTS (SELECT 1 FROM workflow_leases l WHERE l.trigger_id = o.id || ':' || s.step AND l.expires_at > now())
        AND NOT EXISTS (SELECT 1 FROM automation_runs r WHERE r.trigger_id = o.id AND r.step = s.step AND r.status IN ('succeeded', 'skipped', 'failed'))`;
    for (const row of analyses) this.runAnalysis({ id: row.id, name: "creator/activated", data: row.payload }, row.step);
    const leased = new Set((await db.workflowLease.findMany({ where: { expiresAt: { gt: now } }, select: { triggerId: true } })).map((lease) => lease.triggerId));
    const plans = (await openPlans()).filter((plan) => !leased.has(plan.planId));
    for (const plan of plans) this.deliver({ name: PLANNED_EVENT, data: { ...plan } });
    return analyses.length + plans.length;
  }

  private async leased(key: string | undefined, workflow: Workflow, cancelled: AbortSignal): Promise<void> {
    if (!key) return this.execute(key, workflow, () => {}, cancelled);
    if (!(await this.claim(key))) return;
    let lost = false;
    const heartbeat = setInterval(() => {
      void this.renew(key).then(
        (held) => (lost ||= !held),
        () => {},
      );
    }, (LEASE_SECONDS * 1000) / 3);
    try {
      await this.execute(
        key,
        workflow,
        () => {
          if (lost) throw new LeaseLost(`the lease of ${key} went to another instance`);
        },
        cancelled,
      );
    } finally {
      clearInterval(heartbeat);
      await db.$executeRaw`DELETE FROM workflow_leases WHERE trigger_id = ${key} AND owner = ${this.owner}`.catch(() => 0);
    }
  }

  /** Takes the lease when it is free, expired, or already ours: one statement, so two instances cannot both win. */
  private async claim(key: string): Promise<boolean> {
    const rows = await db.$queryRaw<Array<{ owner: string }>>`
      INSERT INTO workflow_leases (trigger_id, owner, expires_at) VALUES (${key}, ${this.owner}, now() + make_interval(secs => ${LEASE_SECONDS}))
      ON CONFLICT (trigger_id) DO UPDATE SET owner = EXCLUDED.owner, expires_at = EXCLUDED.expires_at
        WHERE workflow_leases.expires_at < now() OR workflow_leases.owner = EXCLUDED.owner
      RETURNING owner`;
    return rows.length > 0;
  }

  private async renew(key: string): Promise<boolean> {
    const renewed = await db.$executeRaw`UPDATE workflow_leases SET expires_at = now() + make_interval(secs => ${LEASE_SECONDS}) WHERE trigger_id = ${key} AND owner = ${this.owner}`;
    return renewed > 0;
  }

  private memoisedStep(memo: Map<string, unknown>, assertLease: () => void, signal: AbortSignal): WorkflowStep {
    const pause = async (id: string, ms: number) => {
      if (memo.has(id)) return;
      await sleep(Math.max(0, ms), undefined, { signal }).catch(() => {
        throw new Interrupted();
      });
      memo.set(id, true);
    };
    return {
      async run<T>(id: string, fn: () => Promise<T>): Promise<T> {
        if (memo.has(id)) return memo.get(id) as T;
        if (signal.aborted) throw new Interrupted();
        assertLease();
        const value = await fn();
        memo.set(id, value);
        return value;
      },
      sleep: (id, duration) => pause(id, milliseconds(duration)),
      sleepUntil: (id, time) => pause(id, new Date(time).getTime() - Date.now()),
    };
  }

  private async execute(key: string | undefined, workflow: Workflow, assertLease: () => void, cancelled: AbortSignal): Promise<void> {
    const memo = new Map<string, unknown>();
    const interrupted = AbortSignal.any([this.stopping.signal, cancelled]);
    for (let attempt = 0; attempt <= STEP_RETRIES; attempt++) {
      try {
        await workflow({ step: this.memoisedStep(memo, assertLease, interrupted), attempt });
        return;
      } catch (error) {
        if (error instanceof LeaseLost) {
          logger().warn({ key, owner: this.owner }, error.message);
          return;
        }
        if (error instanceof Interrupted) {
          if (cancelled.aborted) logger().info({ key }, "cancelled: the creator moved on");
          else logger().info({ key, owner: this.owner }, "shutting down: the workflow's lease is handed back");
          return;
        }
        if (attempt === STEP_RETRIES) {
          logger().error({ err: error, key }, "automation failed after every retry");
          return;
        }
        const stopped = await sleep(retryDelayMs(attempt), false, { signal: interrupted }).catch(() => true);
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

export function runLocally(event: RunnerEvent): void {
  localRunner().deliver(event);
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
