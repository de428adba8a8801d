import fs from "node:fs";
import { Deployment } from "kubernetes-models/apps/v1";
import { Job } from "kubernetes-models/batch/v1";
import { PodDisruptionBudget } from "kubernetes-models/policy/v1";
import { Service } from "kubernetes-models/v1";
import { describe, expect, it } from "vitest";
import { parseAllDocuments } from "yaml";
import { parseEnv } from "@/lib/env";

// ops/kubernetes/ofm-onboarding.yaml must be valid Kubernetes and say what the app does: the
// probes are real routes, the drain fits inside the pod's grace period, the Job runs a command
// the image has, and every variable set is one lib/env.ts reads.

const MANIFEST = "ops/kubernetes/ofm-onboarding.yaml";
const documents = parseAllDocuments(fs.readFileSync(MANIFEST, "utf8")).map((document) => document.toJS());
const byKind = (kind: string) => documents.find((document) => document.kind === kind);
const MODELS = { Deployment, Job, Service, PodDisruptionBudget } as const;

describe(MANIFEST, () => {
  it("is a migration Job, a Deployment, its Service and a disruption budget, each valid against the Kubernetes schema", () => {
    expect(documents.map((document) => document.kind)).toEqual(["Job", "Deployment", "Service", "PodDisruptionBudget"]);
    for (const document of documents) {
      const Model = MODELS[document.kind as keyof typeof MODELS];
      expect(() => new Model(document).validate(), document.kind).not.toThrow();
    }
  });

  it("probes readiness and liveness on the app's own routes", () => {
    const [container] = byKind("Deployment").spec.template.spec.containers;
    expect(container.readinessProbe.httpGet.path).toBe("/api/ready");
    expect(container.livenessProbe.httpGet.path).toBe("/api/health");
    for (const path of [container.readinessProbe.httpGet.path, container.livenessProbe.httpGet.path]) expect(fs.existsSync(`app${path}/route.ts`), path).toBe(true);
  });

  it("lets the pod drain: preStop and SHUTDOWN_GRACE_SECONDS fit inside terminationGracePeriodSeconds, and the update never goes below the replicas", () => {
    const deployment = byKind("Deployment");
    const pod = deployment.spec.template.spec;
    const [container] = pod.containers;
    const variables = Object.fromEntries(container.env.map((variable: { name: string; value: string }) => [variable.name, variable.value]));
    const env = parseEnv({ ...variables, NODE_ENV: "development" });
    const preStopSeconds = Number(container.lifecycle.preStop.exec.command[1]);
    expect(container.lifecycle.preStop.exec.command[0]).toBe("sleep");
    expect(pod.terminationGracePeriodSeconds).toBeGreaterThan(preStopSeconds + env.SHUTDOWN_GRACE_SECONDS);
    expect(deployment.spec.strategy.rollingUpdate.maxUnavailable).toBe(0);
    // Every variable set is one the app reads (parseEnv keeps only those).
    expect(Object.keys(variables).filter((name) => !(name in env))).toEqual([]);
  });

  it("migrates with a command the image's entrypoint has", () => {
    const [container] = byKind("Job").spec.template.spec.containers;
    expect(container.args).toEqual(["migrate"]);
    expect(fs.readFileSync("scripts/docker-entrypoint.sh", "utf8")).toMatch(/^\s+migrate\) exec /m);
    expect(fs.readFileSync("Dockerfile", "utf8")).toMatch(/NEXT_MANUAL_SIG_HANDLE=true/);
  });
});
