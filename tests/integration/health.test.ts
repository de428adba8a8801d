import { describe, expect, it } from "vitest";
import { checkHealth } from "@/lib/observability/health";
import { GET } from "@/app/api/health/route";

describe("health", () => {
  it("reports ok with version and uptime when the database answers", async () => {
    const response = await GET();
    expect(response.status).toBe(200);
    const body = await response.json();
    expect(body).toMatchObject({ status: "ok", checks: { database: "ok" } });
    expect(body.version).toMatch(/^\d+\.\d+\.\d+/);
    expect(typeof body.uptimeSeconds).toBe("number");
  });

  it("reports unavailable when the database is unreachable", async () => {
    const { disconnectDb } = await import("@/lib/db");
    const { resetEnvCache } = await import("@/lib/env");
    const original = process.env.DATABASE_URL;
    await disconnectDb();
    process.env.DATABASE_URL = "postgresql://nobody:nothing@127.0.0.1:1/none";
    resetEnvCache();
    try {
      const health = await checkHealth();
      expect(health).toMatchObject({ status: "unavailable", checks: { database: "unreachable" } });
    } finally {
      await disconnectDb();
      process.env.DATABASE_URL = original;
      resetEnvCache();
    }
  });
});
