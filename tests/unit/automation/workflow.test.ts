import { InngestTestEngine, mockCtx } from "@inngest/test";
import { afterEach, describe, expect, it, vi } from "vitest";
import { createAutomationFunctions } from "@/lib/automation/functions";
import type { WorkflowDeps } from "@/lib/automation/workflow";
import { resetEnvCache } from "@/lib/env";

const ACTIVATED = { id: "outbox-row-1", name: "creator/activated", data: { userId: "user_1", stripeAccountId: "acct_1" } };
const PLANNED = { id: "outbox-row-2", name: "creator/nudges-planned", data: { planId: "plan_1", userId: "user_1", sequence: "profile_not_filled" } };

/** The workflows' dependencies are injected: fakes that record their calls. */
function fakeDeps() {
  return {
    runStep: vi.fn<WorkflowDeps["runStep"]>(),
    markSkipped: vi.fn<WorkflowDeps["markSkipped"]>(),
    plannedNudges: vi.fn<WorkflowDeps["plannedNudges"]>(),
    sendNudge: vi.fn<WorkflowDeps["sendNudge"]>(),
  };
}

type Functions = ReturnType<typeof createAutomationFunctions>;

/** The engine for one function; `attempt` is Inngest's attempt number (0 first). */
function engine(deps: WorkflowDeps, name: keyof Functions, event: object, attempt = 0) {
  return new InngestTestEngine({ function: createAutomationFunctions(deps)[name], events: [event as never], transformCtx: (raw) => ({ ...mockCtx(raw), attempt }) });
}

// Sleeps must be answered by id, or the test engine waits for them for real.
const sleepsOf = (...ids: string[]) => ids.map((id) => ({ id, handler: () => null }));

afterEach(() => {
  vi.restoreAllMocks();
  vi.unstubAllEnvs();
  resetEnvCache();
});

describe("the three analyses are three functions", () => {
  it("account size runs at once, pricing tier after 5 minutes, content categories after 10", async () => {
    const deps = fakeDeps();
    deps.runStep.mockImplementation(async (input) => ({ status: "succeeded", result: { step: input.step } }));
    const size = await engine(deps, "account_size", ACTIVATED).execute();
    expect(size.ctx.step.sleep).not.toHaveBeenCalled();
    const pricing = await engine(deps, "pricing_tier", ACTIVATED).execute({ steps: sleepsOf("wait-before-pricing_tier") });
    expect(pricing.ctx.step.sleep).toHaveBeenCalledWith("wait-before-pricing_tier", "300000ms");
    const categories = await engine(deps, "content_categories", ACTIVATED).execute({ steps: sleepsOf("wait-before-content_categories") });
    expect(categories.ctx.step.sleep).toHaveBeenCalledWith("wait-before-content_categories", "600000ms");
    expect(deps.runStep.mock.calls.map((call) => call[0].step)).toEqual(["account_size", "pricing_tier", "content_categories"]);
    expect(deps.runStep.mock.calls[0][0]).toMatchObject({ userId: "user_1", triggerId: "outbox-row-1", attempt: 0, finalAttempt: false });
    expect(size.result).toMatchObject({ status: "completed" });
  });

  it("a failure asks Inngest to retry after the seed's 60 s · 2^n; the last attempt fails as it is", async () => {
    const deps = fakeDeps();
    deps.runStep.mockRejectedValue(new Error("provider timeout"));
    for (const [attempt, seconds] of [
      [0, "60"],
      [1, "120"],
      [2, "240"],
    ] as const) {
      // What the step throws to the SDK (the test engine hands back only its serialized name and message).
      const thrown: unknown[] = [];
      const run = new InngestTestEngine({
        function: createAutomationFunctions(deps).account_size,
        events: [ACTIVATED as never],
        transformCtx: (raw) => {
          const ctx = mockCtx(raw) as typeof raw;
          const original = ctx.step.run;
          ctx.step.run = ((id: string, work: () => Promise<unknown>) => original(id, () => work().catch((error: unknown) => Promise.reject(thrown.push(error) && error)))) as typeof original;
          return { ...ctx, attempt };
        },
      });
      const { error } = await run.execute();
      expect(error).toMatchObject({ name: "RetryAfterError", message: "provider timeout" });
      expect(thrown).toEqual([expect.objectContaining({ name: "RetryAfterError", retryAfter: seconds })]);
    }
    const last = await engine(deps, "account_size", ACTIVATED, 3).execute();
    expect(last.error).toMatchObject({ name: "Error", message: "provider timeout" });
    expect(deps.runStep.mock.calls.at(-1)?.[0]).toMatchObject({ attempt: 3, finalAttempt: true });
  });

  it("with automation turned off each records its analysis as skipped and runs nothing", async () => {
    vi.stubEnv("FEATURE_MARKETING_AUTOMATION", "false");
    resetEnvCache();
    const deps = fakeDeps();
    deps.markSkipped.mockResolvedValue();
    const { result } = await engine(deps, "pricing_tier", ACTIVATED).execute();
    expect(result).toEqual({ status: "disabled" });
    expect(deps.markSkipped).toHaveBeenCalledWith("user_1", "outbox-row-1", "pricing_tier");
    expect(deps.runStep).not.toHaveBeenCalled();
  });
});

describe("the reminders function", () => {
  it("is cancelled by the plan's own creator/nudges-cancelled event", () => {
    const { nudges } = createAutomationFunctions(fakeDeps());
    expect((nudges as unknown as { opts: { cancelOn: unknown } }).opts.cancelOn).toEqual([{ event: "creator/nudges-cancelled", if: "async.data.planId == event.data.planId" }]);
  });

  it("sleeps until each reminder is due, and again until the time a postponed one names", async () => {
    const deps = fakeDeps();
    deps.plannedNudges.mockResolvedValue([
      { id: "n1", number: 1, dueAt: "2026-12-08T10:00:00.000Z" },
      { id: "n2", number: 2, dueAt: "2026-12-10T10:00:00.000Z" },
    ]);
    deps.sendNudge.mockResolvedValueOnce({ status: "later", until: "2026-12-09T08:00:00.000Z" }).mockResolvedValue({ status: "sent" });
    const { result, ctx } = await engine(deps, "nudges", PLANNED).execute({ steps: sleepsOf("wait-1-0", "wait-1-1", "wait-2-0") });
    expect(ctx.step.sleepUntil).toHaveBeenNthCalledWith(1, "wait-1-0", "2026-12-08T10:00:00.000Z");
    expect(ctx.step.sleepUntil).toHaveBeenNthCalledWith(2, "wait-1-1", "2026-12-09T08:00:00.000Z");
    expect(ctx.step.sleepUntil).toHaveBeenNthCalledWith(3, "wait-2-0", "2026-12-10T10:00:00.000Z");
    expect(deps.sendNudge.mock.calls.map((call) => call[0])).toEqual(["n1", "n1", "n2"]);
    expect(result).toEqual({ status: "done", sent: [1, 2] });
  });

  it("ends at the first reminder found cancelled, and gives up a reminder postponed six times", async () => {
    const deps = fakeDeps();
    deps.plannedNudges.mockResolvedValue([
      { id: "n1", number: 1, dueAt: "2026-12-08T10:00:00.000Z" },
      { id: "n2", number: 2, dueAt: "2026-12-10T10:00:00.000Z" },
    ]);
    deps.sendNudge.mockResolvedValue({ status: "cancelled", reason: "moved_on" });
    const cancelled = await engine(deps, "nudges", PLANNED).execute({ steps: sleepsOf("wait-1-0") });
    expect(cancelled.result).toEqual({ status: "cancelled", sent: [] });
    expect(deps.sendNudge).toHaveBeenCalledTimes(1);

    const postponing = fakeDeps();
    postponing.plannedNudges.mockResolvedValue([{ id: "n1", number: 1, dueAt: "2026-12-08T10:00:00.000Z" }]);
    postponing.sendNudge.mockImplementation(async (_id, options) => (options?.giveUp ? { status: "skipped", reason: "no_time_to_send" } : { status: "later", until: "2026-12-09T08:00:00.000Z" }));
    const { result } = await engine(postponing, "nudges", PLANNED).execute({ steps: sleepsOf(...Array.from({ length: 7 }, (_, index) => `wait-1-${index}`)) });
    expect(result).toEqual({ status: "done", sent: [] });
    expect(postponing.sendNudge).toHaveBeenCalledTimes(7);
    expect(postponing.sendNudge.mock.calls.at(-1)?.[1]).toEqual({ giveUp: true });
  });
});
