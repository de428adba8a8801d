import type { InngestFunction } from "inngest";
import { runHousekeeping } from "@/lib/db/housekeeping";
import { drainOutbox } from "@/lib/outbox/relay";
import { inngest } from "@/lib/automation/client";
import { analyseActivatedCreator, DEFAULT_WORKFLOW_DEPS, STEP_RETRIES, type ActivatedEvent, type WorkflowDeps, type WorkflowStep } from "@/lib/automation/workflow";

/** The Inngest functions, with the workflow's dependencies (tests pass their own). */
export function createAutomationFunctions(deps: WorkflowDeps = DEFAULT_WORKFLOW_DEPS) {
  const client = inngest();
  // Inngest retries a failed step up to `retries` times with its own exponential backoff
  // (see docs/decisions/004-outbox-and-inngest.md for how that maps to the seed's 60 s · 2^n).
  const creatorActivated = client.createFunction(
    { id: "analyse-activated-creator", name: "Analyse an activated creator", retries: STEP_RETRIES, triggers: [{ event: "creator/activated" }] },
    // Inngest's step.run returns the JSON form of a value; ours are plain JSON already.
    async ({ event, step, attempt }) => analyseActivatedCreator({ event: event as unknown as ActivatedEvent, step: step as unknown as WorkflowStep, attempt }, deps),
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
  return { creatorActivated, outboxRelay, housekeeping };
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
