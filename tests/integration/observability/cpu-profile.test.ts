import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { POST as profile } from "@/app/api/bench/profile/route";
import { withEnv } from "../../support/env";

function command(body: unknown) {
  return profile(new Request("http://localhost/api/bench/profile", { method: "POST", headers: { "content-type": "application/json" }, body: typeof body === "string" ? body : JSON.stringify(body) }));
}

describe("per-path CPU profiles for npm run bench", () => {
  it("do not exist outside bench mode, nor in bench mode without a directory to write to", async () => {
    await withEnv({ BENCH_MODE: undefined, BENCH_PROFILE_DIR: os.tmpdir() }, async () => expect((await command({ action: "start" })).status).toBe(404));
    await withEnv({ BENCH_MODE: "1", BENCH_PROFILE_DIR: undefined }, async () => expect((await command({ action: "start" })).status).toBe(404));
  });

  it("profile this process between start and stop, into <dir>/<name>.cpuprofile", async () => {
    const directory = fs.mkdtempSync(path.join(os.tmpdir(), "profiles-"));
    await withEnv({ BENCH_MODE: "1", BENCH_PROFILE_DIR: directory }, async () => {
      expect((await command({ action: "stop", name: "nothing-running" })).status).toBe(404);
      expect((await command({ action: "start" })).status).toBe(200);
      expect((await command({ action: "start" })).status).toBe(200);
      let sum = 0;
      for (let index = 0; index < 2e6; index++) sum += Math.sqrt(index);
      expect(sum).toBeGreaterThan(0);
      const stopped = await command({ action: "stop", name: "status-api" });
      expect(stopped.status).toBe(200);
      const { data } = await stopped.json();
      expect(data.file).toBe(path.join(directory, "status-api.cpuprofile"));
      const written = JSON.parse(fs.readFileSync(data.file, "utf8"));
      expect(written.samples.length).toBeGreaterThan(0);
      expect(written.nodes.length).toBeGreaterThan(0);
    });
  });

  it("refuse a name that could leave the directory, and a body that is not a command", async () => {
    await withEnv({ BENCH_MODE: "1", BENCH_PROFILE_DIR: os.tmpdir() }, async () => {
      for (const body of [{ action: "stop", name: "../escape" }, { action: "explode" }, "not json"]) {
        const response = await command(body);
        expect(response.status).toBe(400);
        expect((await response.json()).error.code).toBe("invalid_body");
      }
    });
  });
});
