import type { AutomationStep } from "@/lib/generated/prisma/enums";
import { env } from "@/lib/env";
import { runAutomationStep, skipAutomation } from "@/lib/automation/steps";

// The seed's schedule: account size at once, pricing tier 5 minutes later, content categories
// 10 minutes after activation, each step retried up to 3 times.
export const STEP_RETRIES = 3;
const DELAYS_SECONDS = { pricing: 5 * 60, categories: 5 * 60 } as const;

export interface ActivatedEvent {
  id?: string;
  name: "creator/activated";
  data: { userId: string; stripeAccountId?: string; activatedAt?: string; triggerId?: string };
}

/** The subset of Inngest's `step` tool the workflow uses, so a local runner can provide it too. */
export interface WorkflowStep {
  run<T>(id: string, fn: () => Promise<T>): Promise<T>;
  sleep(id: string, duration: string): Promise<void>;
}

/** What the workflow does in each step: injected, so a test can make a step fail (the Inngest test engine cannot by itself). */
export interface WorkflowDeps {
  runStep: typeof runAutomationStep;
  markSkipped: typeof skipAutomation;
}

export const DEFAULT_WORKFLOW_DEPS: WorkflowDeps = { runStep: runAutomationStep, markSkipped: skipAutomation };

function scaledDuration(seconds: number): string {
  return `${Math.max(0, Math.round(seconds * env().AUTOMATION_DELAY_SCALE * 1000))}ms`;
}

/**
 * The whole analysis flow for one activation. Same code under Inngest and under the local
 * runner; every step is idempotent per trigger, so a re-delivered event changes nothing.
 */
export async function analyseActivatedCreator({ event, step, attempt }: { event: ActivatedEvent; step: WorkflowStep; attempt: number }, deps: WorkflowDeps = DEFAULT_WORKFLOW_DEPS) {
  const triggerId = event.data.triggerId ?? event.id ?? `activation:${event.data.userId}`;
  const { userId } = event.data;
  if (!env().FEATURE_MARKETING_AUTOMATION) {
    await step.run("automation-disabled", () => deps.markSkipped(userId, triggerId));
    return { status: "disabled" as const };
  }
  const runStep = (name: AutomationStep) =>
    step.run(name, () => deps.runStep({ userId, step: name, triggerId, attempt, finalAttempt: attempt >= STEP_RETRIES }));

  const accountSize = await runStep("account_size");
  await step.sleep("wait-before-pricing", scaledDuration(DELAYS_SECONDS.pricing));
  const pricingTier = await runStep("pricing_tier");
  await step.sleep("wait-before-categories", scaledDuration(DELAYS_SECONDS.categories));
  const contentCategories = await runStep("content_categories");
  return { status: "completed" as const, accountSize, pricingTier, contentCategories };
}
