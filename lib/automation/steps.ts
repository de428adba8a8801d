import { AutomationStep as AutomationStepEnum } from "@/lib/generated/prisma/enums";
import type { AutomationStep } from "@/lib/generated/prisma/enums";
import { Prisma } from "@/lib/generated/prisma/client";
import { db } from "@/lib/db";
import { rulesProvider, type AnalysisProvider } from "@/lib/automation/analysis/provider";
import type { CreatorFacts } from "@/lib/automation/analysis/facts";
import { metrics } from "@/lib/observability/metrics";

// One analysis step for one creator and one trigger (an activation, or an admin re-run).
// Idempotent: a step that already succeeded for this trigger returns its stored result.

/** The analyses, in the order they run: the `AutomationStep` enum of prisma/schema.prisma. */
export const AUTOMATION_STEPS = Object.values(AutomationStepEnum) as [AutomationStep, ...AutomationStep[]];

async function factsOf(userId: string): Promise<CreatorFacts> {
  const profile = await db.creatorProfile.findUniqueOrThrow({ where: { userId } });
  return {
    handle: profile.onlyfansHandle,
    declaredAudienceSize: profile.declaredAudienceSize,
    declaredCategories: profile.contentCategories,
    language: profile.language,
    country: profile.country,
    chargesEnabled: profile.stripeChargesEnabled,
    payoutsEnabled: profile.stripePayoutsEnabled,
  };
}

/** Computes a step and the profile fields it sets. */
async function compute(step: AutomationStep, userId: string, provider: AnalysisProvider) {
  const facts = await factsOf(userId);
  switch (step) {
    case "account_size": {
      const result = await provider.accountSize(facts);
      return { result: { ...result, provider: provider.name }, profile: { accountSize: result.value } };
    }
    case "pricing_tier": {
      const profile = await db.creatorProfile.findUniqueOrThrow({ where: { userId } });
      const size = profile.accountSize ?? (await provider.accountSize(facts)).value;
      const result = await provider.pricingTier({ size, categories: facts.declaredCategories, country: facts.country });
      return { result: { ...result, provider: provider.name }, profile: { pricingTier: result.value.tier } };
    }
    case "content_categories": {
      const result = await provider.contentCategories(facts);
      return { result: { ...result, provider: provider.name }, profile: { contentCategories: result.value } };
    }
  }
}

export interface StepOutcome {
  status: "succeeded" | "already_done";
  result: unknown;
}

/**
 * Runs one step. `attempt` is the job engine's attempt number (0 first); `finalAttempt` says
 * whether a failure now is the last one (the run is then marked failed, else left pending).
 */
export async function runAutomationStep(input: { userId: string; step: AutomationStep; triggerId: string; attempt: number; finalAttempt: boolean }, provider: AnalysisProvider = rulesProvider): Promise<StepOutcome> {
  const key = { triggerId_step: { triggerId: input.triggerId, step: input.step } };
  const run = await db.automationRun.upsert({
    where: key,
    create: { userId: input.userId, step: input.step, triggerId: input.triggerId, status: "running", attempts: 1, startedAt: new Date() },
    update: {},
  });
  if (run.status === "succeeded") return { status: "already_done", result: run.result };
  if (run.status !== "running" || run.attempts !== input.attempt + 1) {
    await db.automationRun.update({ where: key, data: { status: "running", attempts: input.attempt + 1, startedAt: run.startedAt ?? new Date(), error: null } });
  }
  try {
    const { result, profile } = await compute(input.step, input.userId, provider);
    await db.$transaction([
      db.creatorProfile.update({ where: { userId: input.userId }, data: profile }),
      db.automationRun.update({ where: key, data: { status: "succeeded", result: result as unknown as Prisma.InputJsonValue, finishedAt: new Date(), error: null } }),
    ]);
    metrics().automationRuns.inc({ step: input.step, outcome: "succeeded" });
    return { status: "succeeded", result };
  } catch (error) {
    metrics().automationRuns.inc({ step: input.step, outcome: input.finalAttempt ? "failed" : "retrying" });
    await db.automationRun.update({
      where: key,
      data: { status: input.finalAttempt ? "failed" : "pending", error: (error as Error).message.slice(0, 2000), finishedAt: input.finalAttempt ? new Date() : null },
    });
    throw error;
  }
}

/** Records an analysis of a trigger as skipped (automation turned off). */
export async function skipAutomation(userId: string, triggerId: string, step: AutomationStep): Promise<void> {
  await db.automationRun.upsert({
    where: { triggerId_step: { triggerId, step } },
    create: { userId, step, triggerId, status: "skipped", finishedAt: new Date() },
    update: {},
  });
}
