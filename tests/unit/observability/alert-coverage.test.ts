import { spawnSync } from "node:child_process";
import fs from "node:fs";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { operations } from "@/lib/api/operations";
import { WEBHOOK_OUTCOMES } from "@/lib/onboarding/stripe-webhook";

// Every outcome the Stripe webhook can be counted with either is healthy or pages by a rule: a
// revoked key, a Stripe outage or dropped events once paged nobody because the failure rule
// named only two of them. The rules themselves are checked and tested by Prometheus's promtool
// (Debian's `prometheus` package, installed by `npm test` when missing).

const PROMTOOL = "/usr/bin/promtool";
const HEALTHY = new Set(["processed", "duplicate", "ignored"]);

/** Everything handleStripeWebhook can count: an event's outcome, the mode mismatch, an unexpected error, and each documented refusal. */
function webhookOutcomes(): string[] {
  const refusals = Object.values(operations.stripeWebhook.errors).flat() as string[];
  return [...WEBHOOK_OUTCOMES, "livemode_mismatch", "error", ...refusals];
}

function rules(): Array<{ alert: string; expr: string }> {
  return (parse(fs.readFileSync("ops/prometheus/alerts.yml", "utf8")) as { groups: Array<{ rules: Array<{ alert: string; expr: string }> }> }).groups.flatMap((group) => group.rules);
}

/** The outcomes one rule's selectors on the webhook counter match (`outcome="x"` or `outcome=~"x|y"`). */
function outcomesMatchedBy(expr: string, outcome: string): boolean {
  const selectors = [...expr.matchAll(/ofm_onboarding_webhooks_received_total\{([^}]*)\}/g)].map((match) => match[1]);
  return selectors.some((selector) => {
    const equal = selector.match(/outcome="([^"]*)"/);
    const regex = selector.match(/outcome=~"([^"]*)"/);
    return (equal && equal[1] === outcome) || (regex && new RegExp(`^(?:${regex[1]})$`).test(outcome));
  });
}

describe("Stripe webhook alerts", () => {
  it("cover every outcome the code can count that is not healthy", () => {
    const uncovered = webhookOutcomes().filter((outcome) => !HEALTHY.has(outcome) && !rules().some((rule) => outcomesMatchedBy(rule.expr, outcome)));
    expect(uncovered).toEqual([]);
    // The healthy ones page nobody.
    expect(rules().filter((rule) => [...HEALTHY].some((outcome) => outcomesMatchedBy(rule.expr, outcome))).map((rule) => rule.alert)).toEqual([]);
  });

  it("page when the platform key cannot read connected accounts, whatever the reason", () => {
    expect(rules().filter((rule) => /ofm_onboarding_stripe_platform_problems_total(?!\{)/.test(rule.expr)).map((rule) => rule.alert)).toEqual(["StripePlatformKeyProblem"]);
  });

  it("pass promtool check rules and promtool test rules", () => {
    expect(fs.existsSync(PROMTOOL), `${PROMTOOL} is missing: npm test installs Debian's prometheus package`).toBe(true);
    const check = spawnSync(PROMTOOL, ["check", "rules", "ops/prometheus/alerts.yml"], { encoding: "utf8" });
    expect(check.status, check.stdout + check.stderr).toBe(0);
    const test = spawnSync(PROMTOOL, ["test", "rules", "ops/prometheus/alerts.test.yml"], { encoding: "utf8" });
    expect(test.status, test.stdout + test.stderr).toBe(0);
  });
});
