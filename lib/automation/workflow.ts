import type { AutomationStep } from "@/lib/generated/prisma/enums";
import { env } from "@/lib/env";
import { runAutomationStep, skipAutomation } from "@/lib/automation/steps";
import { plannedNudges, sendNudge, type NudgePlanEvent } from "@/lib/onboarding/nudges";

// The job engine's workflows, the same code under Inngest and under the in-process runner:
// - the three analyses after an activation, each its own workflow (one failing for good does
//   not hold back the others), at the seed's times: account size at once, pricing tier 5
//   minutes later, content categories 10 minutes after activation; each retried 3 times,
//   60 s · 2^n apart (retryDelayMs; see docs/decisions/004 for how Inngest is told);
// - a plan of reminders to a stalled creator or before a Stripe deadline: sleep until each is
//   due, ask lib/onboarding/nudges.ts, sleep again when it names a later time. The plan is
//   cancelled by the event that ends the stall (Inngest's cancelOn; the local runner's cancel).

export const STEP_RETRIES = 3;

/** When each analysis starts, in seconds after the activation. */
const ANALYSES: Record<AutomationStep, { startsAfterSeconds: number }> = {
  account_size: { startsAfterSeconds: 0 },
  pricing_tier: { startsAfterSeconds: 5 * 60 },
  content_categories: { startsAfterSeconds: 10 * 60 },
};

/** The seed's retry schedule: the n-th retry (0 first) 60 s · 2^n after the failure. */
export function retryDelayMs(attempt: number): number {
  return 60_000 * 2 ** attempt * env().AUTOMATION_DELAY_SCALE;
}

/** A reminder that keeps being postponed (another sequence's reminder, the night) is given up after this many. */
const MAX_POSTPONEMENTS = 6;

export interface ActivatedEvent {
  id?: string;
  name: "creator/activated";
  data: { userId: string; stripeAccountId?: string; activatedAt?: string; triggerId?: string };
}

export interface NudgesPlannedEvent {
  id?: string;
  name: "creator/nudges-planned";
  data: NudgePlanEvent;
}

/** The subset of Inngest's `step` tool the workflows use, so a local runner can provide it too. */
export interface WorkflowStep {
  run<T>(id: string, fn: () => Promise<T>): Promise<T>;
  sleep(id: string, duration: string): Promise<void>;
  sleepUntil(id: string, time: string): Promise<void>;
}

/** What the workflows do in each step: injected, so a test can make a step fail (the Inngest test engine cannot by itself). */
export interface WorkflowDeps {
  runStep: typeof runAutomationStep;
  markSkipped: typeof skipAutomation;
  plannedNudges: typeof plannedNudges;
  sendNudge: typeof sendNudge;
}

export const DEFAULT_WORKFLOW_DEPS: WorkflowDeps = { runStep: runAutomationStep, markSkipped: skipAutomation, plannedNudges, sendNudge };

function scaledDuration(seconds: number): string {
  return `${Math.max(0, Math.round(seconds * env().AUTOMATION_DELAY_SCALE * 1000))}ms`;
}

/**
 * One analysis of one activation. Every step is idempotent per trigger, so a re-delivered
 * event changes nothing.
 */
export async function runAnalysis(analysis: AutomationStep, { event, step, attempt }: { event: ActivatedEvent; step: WorkflowStep; attempt: number }, deps: WorkflowDeps = DEFAULT_WORKFLOW_DEPS) {
  const triggerId = event.data.triggerId ?? event.id ?? `activation:${event.data.userId}`;
  const { userId } = event.data;
  if (!env().FEATURE_MARKETING_AUTOMATION) {
    await step.run("automation-disabled", () => deps.markSkipped(userId, triggerId, analysis));
    return { status: "disabled" as const };
  }
  const { startsAfterSeconds } = ANALYSES[analysis];
  if (startsAfterSeconds > 0) await step.sleep(`wait-before-${analysis}`, scaledDuration(startsAfterSeconds));
  const outcome = await step.run(analysis, () => deps.runStep({ userId, step: analysis, triggerId, attempt, finalAttempt: attempt >= STEP_RETRIES }));
  return { status: "completed" as const, outcome };
}

/** Sends a plan's reminders as they fall due; ends early when the plan was cancelled. */
export async function sendPlannedNudges({ event, step }: { event: NudgesPlannedEvent; step: WorkflowStep }, deps: WorkflowDeps = DEFAULT_WORKFLOW_DEPS) {
  const planned = await step.run("planned", () => deps.plannedNudges(event.data.planId));
  const sent: number[] = [];
  for (const nudge of planned) {
    let due = nudge.dueAt;
    for (let postponed = 0; ; postponed++) {
      await step.sleepUntil(`wait-${nudge.number}-${postponed}`, due);
      const outcome = await step.run(`send-${nudge.number}-${postponed}`, () => deps.sendNudge(nudge.id, { giveUp: postponed >= MAX_POSTPONEMENTS }));
      if (outcome.status === "cancelled") return { status: "cancelled" as const, sent };
      if (outcome.status === "sent") sent.push(nudge.number);
      if (outcome.status !== "later") break;
      due = outcome.until;
    }
  }
  return { status: "done" as const, sent };
}
