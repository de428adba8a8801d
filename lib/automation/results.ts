import type { AutomationRun } from "@/lib/generated/prisma/client";
import type { AutomationStep } from "@/lib/generated/prisma/enums";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { AUTOMATION_STEPS } from "@/lib/automation/steps";
import type { PriceRange } from "@/lib/automation/analysis/facts";
import { storedReasons, type StoredReason } from "@/lib/automation/explain";

type AutomationState = "disabled" | "waiting_for_payouts" | "analysing" | "complete" | "failed";

export interface AutomationSummary {
  state: AutomationState;
  steps: Array<{ step: AutomationStep; status: AutomationRun["status"] | "waiting"; reasons: StoredReason[]; finishedAt: Date | null; error: string | null; attempts: number }>;
  price: PriceRange | null;
}

/** The latest analysis of a creator, step by step, for the dashboard and the admin. */
export async function automationSummary(userId: string): Promise<AutomationSummary> {
  const [profile, latest] = await Promise.all([
    db.creatorProfile.findUnique({ where: { userId }, select: { activatedAt: true } }),
    db.automationRun.findFirst({ where: { userId }, orderBy: { createdAt: "desc" }, select: { triggerId: true } }),
  ]);
  const runs = latest ? await db.automationRun.findMany({ where: { userId, triggerId: latest.triggerId } }) : [];
  const byStep = new Map(runs.map((run) => [run.step, run]));
  const steps = AUTOMATION_STEPS.map((step) => {
    const run = byStep.get(step);
    return { step, status: run?.status ?? ("waiting" as const), reasons: storedReasons(run?.result), finishedAt: run?.finishedAt ?? null, error: run?.error ?? null, attempts: run?.attempts ?? 0 };
  });
  const pricing = (byStep.get("pricing_tier")?.result as { value?: { monthlyPrice?: PriceRange } } | null)?.value?.monthlyPrice ?? null;

  let state: AutomationState;
  if (!env().FEATURE_MARKETING_AUTOMATION || steps.every((step) => step.status === "skipped")) state = "disabled";
  else if (!profile?.activatedAt) state = "waiting_for_payouts";
  else if (steps.some((step) => step.status === "failed")) state = "failed";
  else if (steps.every((step) => step.status === "succeeded")) state = "complete";
  else state = "analysing";
  return { state, steps, price: pricing };
}
