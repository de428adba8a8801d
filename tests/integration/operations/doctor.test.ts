import { spawnSync } from "node:child_process";
import { describe, expect, it } from "vitest";

function doctor(extraEnv: Record<string, string | undefined>) {
  const env: Record<string, string | undefined> = { ...process.env, ...extraEnv };
  for (const key of ["DATABASE_URL", "STRIPE_SANDBOX_URL", "MAIL_SANDBOX_URL", "NODE_ENV"]) if (!(key in extraEnv)) delete env[key];
  const result = spawnSync(process.execPath, ["node_modules/tsx/dist/cli.mjs", "scripts/doctor.ts"], { env: env as NodeJS.ProcessEnv, encoding: "utf8", timeout: 90_000 });
  return { status: result.status, output: result.stdout + result.stderr };
}

describe("npm run doctor", () => {
  it("passes in sandbox mode (embedded database, Stripe and email sandboxes)", () => {
    const { status, output } = doctor({});
    expect(output).toContain("✓ Database");
    expect(output).toContain("✓ Migrations");
    expect(output).toContain("✓ Stripe           sandbox mode");
    expect(output).toContain("All checks passed.");
    expect(status).toBe(0);
  }, 120_000);

  it("fails with a readable list when DATABASE_URL points nowhere", () => {
    const { status, output } = doctor({ DATABASE_URL: "postgresql://nobody:nothing@127.0.0.1:1/none" });
    expect(output).toMatch(/✗ Database\s+cannot connect/);
    expect(output).toContain("→ Check DATABASE_URL");
    expect(output).toContain("1 check(s) failed.");
    expect(status).toBe(1);
  }, 120_000);

  it("lists configuration problems instead of crashing", () => {
    const { status, output } = doctor({ DATABASE_URL: "postgresql://nobody:nothing@127.0.0.1:1/none", STRIPE_SECRET_KEY: "pk_wrong" });
    expect(output).toContain("✗ Configuration");
    expect(output).toContain("STRIPE_SECRET_KEY must start with sk_test_");
    expect(status).toBe(1);
  }, 120_000);
});
