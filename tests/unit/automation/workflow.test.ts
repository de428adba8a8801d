import { InngestTestEngine } from "@inngest/test";
import { afterEach, describe, expect, it, vi } from "vitest";
import { createAutomationFunctions } from "@/lib/automation/functions";
import type { WorkflowDeps } from "@/lib/automation/workflow";

const EVENT = { id: "outbox-row-1", name: "creator/activated", data: { userId: "user_1", stripeAccountId: "acct_1" } };
// Sleeps must be answered by id, or the test engine waits for them for real.
// (A fresh list each time: the engine keeps state on the mocks it is given.)
const sleeps = () => [
  { id: "wait-before-pricing", handler: () => null },
  { id: "wait-before-categories", handler: () => null },
];

/** The workflow's dependencies are injected: fakes that record their calls. */
function fakeDeps() {
  return { runStep: vi.fn<WorkflowDeps["runStep"]>(), markSkipped: vi.fn<WorkflowDeps["markSkipped"]>() };
}

function engine(deps: WorkflowDeps) {
  return new InngestTestEngine({ function: createAutomationFunctions(deps).creatorActivated, events: [EVENT as never] });
}

afterEach(() => vi.restoreAllMocks());

describe("the creator/activated function", () => {
  it("runs account size, waits 5 minutes, pricing tier, waits 5 more, then content categories", async () => {
    const calls: string[] = [];
    const deps = fakeDeps();
    deps.runStep.mockImplementation(async (input) => {
      calls.push(input.step);
      return { status: "succeeded", result: { step: input.step } };
    });
    const { result, ctx } = await engine(deps).execute({ steps: sleeps() });
    expect(calls).toEqual(["account_size", "pricing_tier", "content_categories"]);
    expect(ctx.step.sleep).toHaveBeenCalledWith("wait-before-pricing", "300000ms");
    expect(ctx.step.sleep).toHaveBeenCalledWith("wait-before-categories", "300000ms");
    expect(result).toMatchObject({ status: "completed" });
    expect(deps.runStep.mock.calls[0][0]).toMatchObject({ userId: "user_1", triggerId: "outbox-row-1", attempt: 0, finalAttempt: false });
  });

  it("a failing step fails the attempt, and the retry succeeds", async () => {
    const deps = fakeDeps();
    deps.runStep.mockRejectedValueOnce(new Error("provider timeout"));
    const first = await engine(deps).execute({ steps: sleeps() });
    expect(first.error).toMatchObject({ message: "provider timeout" });

    deps.runStep.mockResolvedValue({ status: "succeeded", result: {} });
    const retry = await engine(deps).execute({ steps: sleeps() });
    expect(retry.error).toBeUndefined();
    expect(retry.result).toMatchObject({ status: "completed" });
  });

  it("a step that always fails ends in an error on every attempt", async () => {
    const deps = fakeDeps();
    deps.runStep.mockRejectedValue(new Error("always broken"));
    for (let attempt = 0; attempt <= 3; attempt++) {
      const { error } = await engine(deps).execute({ steps: sleeps() });
      expect(error).toMatchObject({ message: "always broken" });
    }
    expect(deps.runStep.mock.calls.every((call) => call[0].step === "account_size")).toBe(true);
  });

  it("with automation turned off it records the steps as skipped and runs nothing", async () => {
    vi.stubEnv("FEATURE_MARKETING_AUTOMATION", "false");
    const { resetEnvCache } = await import("@/lib/env");
    resetEnvCache();
    const deps = fakeDeps();
    deps.markSkipped.mockResolvedValue();
    try {
      const { result } = await engine(deps).execute({ steps: sleeps() });
      expect(result).toEqual({ status: "disabled" });
      expect(deps.markSkipped).toHaveBeenCalledWith("user_1", "outbox-row-1");
      expect(deps.runStep).not.toHaveBeenCalled();
    } finally {
      vi.unstubAllEnvs();
      resetEnvCache();
    }
  });
});
