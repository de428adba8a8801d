import { afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { db, type ContentCategory } from "@/lib/db";
import { resetEnvCache } from "@/lib/env";
import { rulesProvider } from "@/lib/automation/analysis/provider";
import { runAutomationStep } from "@/lib/automation/steps";
import { DEFAULT_WORKFLOW_DEPS, type ActivatedEvent } from "@/lib/automation/workflow";
import { LocalRunner, localRunnerIdle, runLocally } from "@/lib/automation/local-runner";
import { startPayoutsOnboarding } from "@/lib/onboarding/payouts";
import { drainOutbox } from "@/lib/outbox/relay";
import { stripeSandbox } from "../../support/integration-database";
import { deliverEvent } from "../../support/stripe";
import { createCreatorReadyForPayouts } from "../../factories/users";

beforeAll(() => {
  // The 5 and 10 minute delays (and retry backoff) become immediate.
  process.env.AUTOMATION_DELAY_SCALE = "0";
  resetEnvCache();
});

afterEach(() => {
  vi.restoreAllMocks();
});

/** A creator activated through a signed webhook, with the outbox row that activation wrote. */
async function activatedCreator(profile: { declaredAudienceSize?: number; contentCategories?: ContentCategory[]; onlyfansHandle?: string } = {}) {
  const creator = await createCreatorReadyForPayouts();
  await db.creatorProfile.update({ where: { userId: creator.id }, data: { declaredAudienceSize: 60_000, contentCategories: ["cosplay"], ...profile } });
  const { accountId } = await startPayoutsOnboarding(creator.id);
  const events = await stripeSandbox.completeOnboarding(accountId, "complete", { hold: true });
  for (const event of events) expect((await deliverEvent(event)).status).toBe(200);
  const row = await db.outboxEvent.findFirstOrThrow({ where: { name: "creator/activated", payload: { path: ["userId"], equals: creator.id } } });
  return { creator, row };
}

/** The relay delivers what the activation wrote (the app's relay does it right after commit). */
async function settle() {
  await drainOutbox();
  await localRunnerIdle();
}

describe("activation → outbox → relay → analyses", () => {
  it("runs the three analyses and writes their results to the profile", async () => {
    const { creator, row } = await activatedCreator();
    await settle();

    expect(await db.outboxEvent.findUniqueOrThrow({ where: { id: row.id } })).toMatchObject({ status: "sent", attempts: 1, lastError: null });
    const runs = await db.automationRun.findMany({ where: { userId: creator.id }, orderBy: { step: "asc" } });
    expect(runs.map((run) => [run.step, run.status, run.attempts, run.triggerId])).toEqual([
      ["account_size", "succeeded", 1, row.id],
      ["pricing_tier", "succeeded", 1, row.id],
      ["content_categories", "succeeded", 1, row.id],
    ]);
    const profile = await db.creatorProfile.findUniqueOrThrow({ where: { userId: creator.id } });
    expect(profile).toMatchObject({ accountSize: "large", pricingTier: "elite" });
    expect(runs[1].result).toMatchObject({ value: { tier: "elite", monthlyPrice: { min: 24.99, max: 49.99, currency: "EUR" } }, provider: "rules-v1" });
  });

  it("with the engine down the row stays pending with the error, and a later pass delivers it once", async () => {
    const { creator, row } = await activatedCreator();
    await drainOutbox({ transport: { sendJobEvents: () => Promise.reject(new Error("engine down")) } });
    expect(await db.outboxEvent.findUniqueOrThrow({ where: { id: row.id } })).toMatchObject({ status: "pending", attempts: 1, lastError: "engine down" });
    expect(await db.automationRun.count({ where: { userId: creator.id } })).toBe(0);

    // Not before its backoff…
    expect((await drainOutbox()).sent).toBe(0);
    // …then delivered once.
    const later = new Date(Date.now() + 60_000);
    expect((await drainOutbox({ now: later })).sent).toBeGreaterThanOrEqual(1);
    expect((await drainOutbox({ now: later })).sent).toBe(0);
    await localRunnerIdle();
    expect(await db.outboxEvent.findUniqueOrThrow({ where: { id: row.id } })).toMatchObject({ status: "sent", attempts: 2 });
    expect(await db.automationRun.count({ where: { userId: creator.id, status: "succeeded" } })).toBe(3);
  });

  it("sending the same outbox row twice results in one run of each step", async () => {
    const { creator, row } = await activatedCreator();
    await settle();
    const again = { id: row.id, name: "creator/activated" as const, data: row.payload as { userId: string } };
    runLocally(again);
    await localRunnerIdle();
    expect(await db.automationRun.count({ where: { userId: creator.id } })).toBe(3);
  });

  it("an analysis that keeps failing is retried three times, then recorded as failed; the other two still run", async () => {
    // The analysis provider is injected into the steps the relay starts.
    const broken = { ...rulesProvider, name: "broken", pricingTier: async () => Promise.reject(new Error("provider unavailable")) };
    const { creator } = await activatedCreator();
    const runner = new LocalRunner(undefined, { ...DEFAULT_WORKFLOW_DEPS, runStep: (input) => runAutomationStep(input, broken) });
    await drainOutbox({ transport: { sendJobEvents: async (events) => events.forEach((event) => runner.deliver(event)) } });
    await runner.idle();
    const run = await db.automationRun.findFirstOrThrow({ where: { userId: creator.id, step: "pricing_tier" } });
    expect(run).toMatchObject({ status: "failed", attempts: 4, error: "provider unavailable" });
    expect(run.finishedAt).toBeInstanceOf(Date);
    const others = await db.automationRun.findMany({ where: { userId: creator.id, step: { not: "pricing_tier" } }, select: { step: true, status: true }, orderBy: { step: "asc" } });
    expect(others).toEqual([
      { step: "account_size", status: "succeeded" },
      { step: "content_categories", status: "succeeded" },
    ]);
  });

  it("with automation turned off, activation writes no outbox row", async () => {
    process.env.FEATURE_MARKETING_AUTOMATION = "false";
    resetEnvCache();
    try {
      const creator = await createCreatorReadyForPayouts();
      const { accountId } = await startPayoutsOnboarding(creator.id);
      for (const event of await stripeSandbox.completeOnboarding(accountId, "complete", { hold: true })) await deliverEvent(event);
      expect((await db.creatorProfile.findUniqueOrThrow({ where: { userId: creator.id } })).activatedAt).toBeInstanceOf(Date);
      expect(await db.outboxEvent.count({ where: { name: "creator/activated", payload: { path: ["userId"], equals: creator.id } } })).toBe(0);
    } finally {
      delete process.env.FEATURE_MARKETING_AUTOMATION;
      resetEnvCache();
    }
  });
});

describe("the local runner on several instances", () => {
  /** Step calls, counted per step, on top of the real steps. */
  function countingDeps(counts: Map<string, number>) {
    return {
      ...DEFAULT_WORKFLOW_DEPS,
      // Computations, not calls: a step an instance finds done (its lease was just handed back) costs nothing.
      runStep: async (input: Parameters<typeof runAutomationStep>[0]) => {
        const outcome = await runAutomationStep(input);
        if (outcome.status === "succeeded") counts.set(input.step, (counts.get(input.step) ?? 0) + 1);
        return outcome;
      },
    };
  }

  it("two instances handed the same workflow run each step once: the lease decides", async () => {
    const { creator, row } = await activatedCreator();
    const counts = new Map<string, number>();
    const first = new LocalRunner("instance-a", countingDeps(counts));
    const second = new LocalRunner("instance-b", countingDeps(counts));
    const event = { id: row.id, name: "creator/activated" as const, data: row.payload as ActivatedEvent["data"] };
    first.deliver(event);
    second.deliver(event);
    await Promise.all([first.idle(), second.idle()]);
    expect(Object.fromEntries(counts)).toEqual({ account_size: 1, pricing_tier: 1, content_categories: 1 });
    expect(await db.automationRun.count({ where: { userId: creator.id, status: "succeeded" } })).toBe(3);
    expect(await db.workflowLease.count({ where: { triggerId: { startsWith: row.id } } })).toBe(0);
  });

  it("the same event handed twice to one instance runs once; an event without an id runs without a lease", async () => {
    const { creator, row } = await activatedCreator();
    const counts = new Map<string, number>();
    const runner = new LocalRunner("instance-c", countingDeps(counts));
    const event = { id: row.id, name: "creator/activated" as const, data: row.payload as ActivatedEvent["data"] };
    runner.deliver(event);
    runner.deliver(event);
    await runner.idle();
    expect(Object.fromEntries(counts)).toEqual({ account_size: 1, pricing_tier: 1, content_categories: 1 });

    const anonymous = new LocalRunner("instance-d", countingDeps(counts));
    anonymous.deliver({ name: "creator/activated", data: row.payload as ActivatedEvent["data"] });
    await anonymous.idle();
    expect(counts.get("account_size")).toBe(2);
    expect(await db.workflowLease.count({ where: { owner: "instance-d" } })).toBe(0);
    expect(await db.automationRun.count({ where: { userId: creator.id, status: "succeeded" } })).toBeGreaterThanOrEqual(3);
  });

  it("resuming skips a workflow under another instance's live lease, and takes over once it has expired", async () => {
    const { creator, row } = await activatedCreator();
    await db.outboxEvent.update({ where: { id: row.id }, data: { status: "sent", sentAt: new Date() } });
    const leases = ["account_size", "pricing_tier", "content_categories"].map((step) => ({ triggerId: `${row.id}:${step}`, owner: "instance-that-died", expiresAt: new Date(Date.now() + 60_000) }));
    await db.workflowLease.createMany({ data: leases });
    const survivor = new LocalRunner("survivor");
    await survivor.resumeUnfinished();
    await survivor.idle();
    expect(await db.automationRun.count({ where: { userId: creator.id } })).toBe(0);

    await db.workflowLease.updateMany({ where: { triggerId: { startsWith: row.id } }, data: { expiresAt: new Date(Date.now() - 1000) } });
    expect(await survivor.resumeUnfinished()).toBeGreaterThanOrEqual(1);
    await survivor.idle();
    expect(await db.automationRun.count({ where: { userId: creator.id, status: "succeeded" } })).toBe(3);
  });

  it("an instance that shuts down mid-sleep hands its lease back at once; another finishes the workflow, each step once", async () => {
    const { creator, row } = await activatedCreator();
    await db.outboxEvent.update({ where: { id: row.id }, data: { status: "sent", sentAt: new Date() } });
    process.env.AUTOMATION_DELAY_SCALE = "1";
    resetEnvCache();
    const leaving = new LocalRunner("leaving");
    const event = { id: row.id, name: "creator/activated" as const, data: row.payload as ActivatedEvent["data"] };
    try {
      leaving.deliver(event);
      // The first analysis runs at once; the pricing step waits five minutes.
      await vi.waitFor(async () => expect(await db.automationRun.count({ where: { userId: creator.id, status: "succeeded" } })).toBe(1), { timeout: 5_000 });
      expect(await db.workflowLease.findUniqueOrThrow({ where: { triggerId: `${row.id}:pricing_tier` } })).toMatchObject({ owner: "leaving" });
      const started = Date.now();
      await leaving.stop();
      expect(Date.now() - started).toBeLessThan(2_000);
      expect(await db.workflowLease.count({ where: { triggerId: { startsWith: row.id } } })).toBe(0);
      leaving.deliver(event);
      expect(await db.workflowLease.count({ where: { triggerId: { startsWith: row.id } } })).toBe(0);
    } finally {
      process.env.AUTOMATION_DELAY_SCALE = "0";
      resetEnvCache();
    }
    const successor = new LocalRunner("successor");
    expect(await successor.resumeUnfinished()).toBeGreaterThanOrEqual(1);
    await successor.idle();
    const runs = await db.automationRun.findMany({ where: { userId: creator.id }, select: { step: true, status: true } });
    expect(runs.map((run) => run.step).sort()).toEqual(["account_size", "content_categories", "pricing_tier"]);
    expect(runs.every((run) => run.status === "succeeded")).toBe(true);
  });
});
