import fs from "node:fs";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { metrics } from "@/lib/observability/metrics";

// The Grafana dashboard and the alert rules may only use series that /metrics exports.

async function exportedSeries(): Promise<Set<string>> {
  const names = new Set<string>();
  for (const metric of await metrics().registry.getMetricsAsJSON()) {
    names.add(metric.name);
    if (String(metric.type) === "histogram") for (const suffix of ["_bucket", "_sum", "_count"]) names.add(metric.name + suffix);
    if (String(metric.type) === "summary") for (const suffix of ["_sum", "_count"]) names.add(metric.name + suffix);
  }
  return names;
}

function seriesIn(expression: string): string[] {
  return expression.match(/ofm_onboarding_[a-z0-9_]+/g) ?? [];
}

describe("ops/grafana/dashboard.json", () => {
  const dashboard = JSON.parse(fs.readFileSync("ops/grafana/dashboard.json", "utf8")) as { panels: Array<{ title: string; targets: Array<{ expr: string }> }> };

  it("shows delivery rate, bounces, the outbox and payout losses", () => {
    expect(dashboard.panels.map((panel) => panel.title)).toEqual(expect.arrayContaining(["Email delivery rate (delivered / sent)", "Bounces and complaints per hour", "Outbox deliveries and dead rows", "Payout changes after activation"]));
  });

  it("parses and every panel queries only exported metrics", async () => {
    const exported = await exportedSeries();
    expect(dashboard.panels.length).toBeGreaterThanOrEqual(10);
    for (const panel of dashboard.panels) {
      const used = panel.targets.flatMap((target) => seriesIn(target.expr));
      expect(used.length, panel.title).toBeGreaterThan(0);
      expect(used.filter((name) => !exported.has(name)), panel.title).toEqual([]);
    }
  });
});

describe("ops/prometheus/alerts.yml", () => {
  const rules = (parse(fs.readFileSync("ops/prometheus/alerts.yml", "utf8")) as { groups: Array<{ rules: Array<{ alert: string; expr: string; annotations: { summary: string } }> }> }).groups.flatMap((group) => group.rules);

  it("parses, covers the required alerts, and every expression names real metrics", async () => {
    const exported = await exportedSeries();
    expect(rules.map((rule) => rule.alert).sort()).toEqual(
      ["AutomationFailureRate", "EmailBounceRateHigh", "EmailSendFailures", "HighApiLatencyP99", "NoSignups", "OutboxBacklogOld", "OutboxDeadRows", "PayoutsLost", "StripeLivemodeMismatch", "StripeMisconfigured", "StripePlatformKeyProblem", "StripeWebhookFailures", "StripeWebhookSignatureFailuresSpike"].sort(),
    );
    for (const rule of rules) {
      const used = seriesIn(rule.expr);
      expect(used.length, rule.alert).toBeGreaterThan(0);
      expect(used.filter((name) => !exported.has(name)), rule.alert).toEqual([]);
      expect(rule.annotations.summary, rule.alert).toBeTruthy();
    }
  });

  it("the Prometheus config loads these rules and scrapes /metrics with a token", () => {
    const config = parse(fs.readFileSync("ops/prometheus/prometheus.yml", "utf8")) as { rule_files: string[]; scrape_configs: Array<{ metrics_path: string; authorization: { type: string } }> };
    expect(config.rule_files).toContain("/etc/prometheus/alerts.yml");
    expect(config.scrape_configs[0]).toMatchObject({ metrics_path: "/metrics", authorization: { type: "Bearer" } });
  });
});
