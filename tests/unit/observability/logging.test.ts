import { Writable } from "node:stream";
import pino from "pino";
import { describe, expect, it } from "vitest";
import { LOGGER_OPTIONS } from "@/lib/observability/logger";
import { routeTemplate, webhookTypeLabel } from "@/lib/observability/metrics";

function capture() {
  const lines: string[] = [];
  const stream = new Writable({
    write(chunk, _encoding, done) {
      lines.push(chunk.toString());
      done();
    },
  });
  return { logger: pino({ ...LOGGER_OPTIONS, level: "info" }, stream), lines };
}

describe("structured logs", () => {
  it("are JSON with a request id, and never contain passwords, tokens or cookies", () => {
    const { logger, lines } = capture();
    logger.info(
      { requestId: "req-1", password: "hunter2 hunter2", token: "raw-verification-token", body: { password: "p4ss", token: "t0k" }, headers: { authorization: "Bearer secret-jwt", cookie: "next-auth.session-token=s3cret" }, passwordHash: "$argon2id$..." },
      "registration",
    );
    const line = lines.join("");
    const parsed = JSON.parse(line);
    expect(parsed).toMatchObject({ msg: "registration", requestId: "req-1", service: "ofm-onboarding" });
    for (const secret of ["hunter2", "raw-verification-token", "p4ss", "t0k", "secret-jwt", "s3cret", "$argon2id$"]) expect(line).not.toContain(secret);
  });
});

describe("metric labels stay bounded", () => {
  it.each([
    ["/api/v1/admin/creators/cm3x7k2p90000abcdefghijkl/actions", "/api/v1/admin/creators/:id/actions"],
    ["/api/v1/admin/creators/123", "/api/v1/admin/creators/:id"],
    ["/api/v1/onboarding/status", "/api/v1/onboarding/status"],
  ])("%s → %s", (path, template) => {
    expect(routeTemplate(path)).toBe(template);
  });

  it("folds unknown webhook types into one label", () => {
    expect(webhookTypeLabel("account.updated")).toBe("account.updated");
    expect(webhookTypeLabel("made.up.by.an.attacker")).toBe("other");
  });
});
