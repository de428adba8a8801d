import { RetryAfterError, type InngestFunction } from "inngest";
import { runHousekeeping } from "@/lib/db/housekeeping";
import { CANCELLED_EVENT, PLANNED_EVENT } from "@/lib/onboarding/nudges";
import { drainOutbox } from "@/lib/outbox/relay";
import { inngest } from "@/lib/automation/client";
import { AUTOMATION_STEPS } from "@/lib/automation/steps";
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

// Inngest's own backoff between retries is not the seed's schedule, so a failed step says when
// it is to be retried: a RetryAfterError of 60 s · 2^attempt (decision 004). The last attempt's
// error is thrown as it is, and the run fails. Sleeps are Inngest's own.
function withSeedBackoff(step: unknown, attempt: number): WorkflowStep {
  const inngestStep = step as WorkflowStep;
  return {
    run: (id, work) =>
      inngestStep.run(id, async () => {
        try {
          return await work();
        } catch (error) {
          if (attempt >= STEP_RETRIES) throw error;
          throw new RetryAfterError((error as Error).message, retryDelayMs(attempt), { cause: error });
        }
      }),
    sleep: (id, duration) => inngestStep.sleep(id, duration),
    sleepUntil: (id, time) => inngestStep.sleepUntil(id, time),
  };
}

const FUNCTION_IDS = { account_size: "analyse-account-size", pricing_tier: "analyse-pricing-tier", content_categories: "analyse-content-categories" } as const;

/** The Inngest functions, with the workflows' dependencies (tests pass their own). */
export function createAutomationFunctions(deps: WorkflowDeps = DEFAULT_WORKFLOW_DEPS) {
  const client = inngest();
  // Inngest's step.run returns the JSON form of a value; ours are plain JSON already.
  const analyses = Object.fromEntries(
    AUTOMATION_STEPS.map((analysis) => [
      analysis,
      client.createFunction(
        { id: FUNCTION_IDS[analysis], name: `Analyse an activated creator: ${analysis.replace("_", " ")}`, retries: STEP_RETRIES, triggers: [{ event: "creator/activated" }] },
        async ({ event, step, attempt }) => runAnalysis(analysis, { event: event as unknown as ActivatedEvent, step: withSeedBackoff(step, attempt), attempt }, deps),
      ),
    ]),
  ) as Record<(typeof AUTOMATION_STEPS)[number], InngestFunction.Any>;
  // A plan of reminders sleeps for days; the event that ends the stall (or Stripe's deadline) cancels it.
  const nudges = client.createFunction(
    {
      id: "send-nudges",
      name: "Remind a stalled creator",
      retries: STEP_RETRIES,
      triggers: [{ event: PLANNED_EVENT }],
      cancelOn: [{ event: CANCELLED_EVENT, if: "async.data.planId == event.data.planId" }],
    },
    async ({ event, step, attempt }) => sendPlannedNudges({ event: event as unknown as NudgesPlannedEvent, step: withSeedBackoff(step, attempt) }, deps),
  );
  // The scheduled half of the outbox relay: whatever a crash or an outage left pending.
  const outboxRelay = client.createFunction(
    { id: "outbox-relay", name: "Relay pending outbox events", retries: 0, triggers: [{ cron: "* * * * *" }] },
    async ({ step }) => step.run("drain", () => drainOutbox()),
  );
  // The retention rules (lib/db/housekeeping.ts), hourly; the in-process runner does the same without Inngest.
  const housekeeping = client.createFunction(
    { id: "housekeeping", name: "Prune what the retention rules say", retries: 2, triggers: [{ cron: "17 * * * *" }] },
    async ({ step }) => step.run("prune", () => runHousekeeping()),
  );
  return { ...analyses, nudges, outboxRelay, housekeeping };
}

let created: { client: ReturnType<typeof inngest>; functions: ReturnType<typeof createAutomationFunctions> } | undefined;

/** Created on first use (so that importing this module reads no configuration), and again for a new client. */
function automationFunctions() {
  if (created?.client !== inngest()) created = { client: inngest(), functions: createAutomationFunctions() };
  return created.functions;
}

export function allFunctions(): InngestFunction.Any[] {
  return Object.values(automationFunctions()) as InngestFunction.Any[];
}
