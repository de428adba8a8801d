import { InngestTestEngine } from "@inngest/test";
import { afterEach, describe, expect, it, vi } from "vitest";
import { automationFunctions } from "@/lib/automation/functions";
import { workflowDeps } from "@/lib/automation/workflow";

const EVENT = { id: "outbox-row-1", name: "creator/activated", data: { userId: "user_1", stripeAccountId: "acct_1" } };
// Sleeps must be answered by id, or the test engine waits for them for real.
// (A fresh list each time: the engine keeps state on the mocks it is given.)
const sleeps = () => [
  { id: "wait-before-pricing", handler: () => null },
  { id: "wait-before-categories", handler: () => null },
];

function engine() {
  return new InngestTestEngine({ function: automationFunctions().creatorActivated, events: [EVENT as never] });
}

afterEach(() => vi.restoreAllMocks());

describe("the creator/activated function", () => {
  it("runs account size, waits 5 minutes, pricing tier, waits 5 more, then content categories", async () => {
    const calls: string[] = [];
    vi.spyOn(workflowDeps, "runStep").mockImplementation(async (input) => {
      calls.push(input.step);
      return { status: "succeeded", result: { step: input.step } };
    });
    const { result, ctx } = await engine().execute({ steps: sleeps() });
    expect(calls).toEqual(["account_size", "pricing_tier", "content_categories"]);
    expect(ctx.step.sleep).toHaveBeenCalledWith("wait-before-pricing", "300000ms");
    expect(ctx.step.sleep).toHaveBeenCalledWith("wait-before-categories", "300000ms");
    expect(result).toMatchObject({ status: "completed" });
    expect(vi.mocked(workflowDeps.runStep).mock.calls[0][0]).toMatchObject({ userId: "user_1", triggerId: "outbox-row-1", attempt: 0, finalAttempt: false });
  });

  it("a failing step fails the attempt, and the retry succeeds", async () => {
    const runStep = vi.spyOn(workflowDeps, "runStep");
    runStep.mockRejectedValueOnce(new Error("provider timeout"));
    const first = await engine().execute({ steps: sleeps() });
    expect(first.error).toMatchObject({ message: "provider timeout" });

    runStep.mockResolvedValue({ status: "succeeded", result: {} });
    const retry = await engine().execute({ steps: sleeps() });
    expect(retry.error).toBeUndefined();
    expect(retry.result).toMatchObject({ status: "completed" });
  });

  it("a step that always fails ends in an error on every attempt", async () => {
    vi.spyOn(workflowDeps, "runStep").mockRejectedValue(new Error("always broken"));
    for (let attempt = 0; attempt <= 3; attempt++) {
      const { error } = await engine().execute({ steps: sleeps() });
      expect(error).toMatchObject({ message: "always broken" });
    }
    expect(vi.mocked(workflowDeps.runStep).mock.calls.every((call) => call[0].step === "account_size")).toBe(true);
  });

  it("with automation turned off it records the steps as skipped and runs nothing", async () => {
    vi.stubEnv("FEATURE_MARKETING_AUTOMATION", "false");
    const { resetEnvCache } = await import("@/lib/env");
    resetEnvCache();
    const skip = vi.spyOn(workflowDeps, "markSkipped").mockResolvedValue();
    const runStep = vi.spyOn(workflowDeps, "runStep");
    try {
      const { result } = await engine().execute({ steps: sleeps() });
      expect(result).toEqual({ status: "disabled" });
      expect(skip).toHaveBeenCalledWith("user_1", "outbox-row-1");
      expect(runStep).not.toHaveBeenCalled();
    } finally {
      vi.unstubAllEnvs();
      resetEnvCache();
    }
  });
});
