import { spawnSync } from "node:child_process";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { uniqueEmail } from "../../factories/users";

// The Docker image's commands, run the way its entrypoint runs them (no Docker engine here),
// with the image's NODE_ENV.
function entrypoint(command: string, env: Record<string, string>) {
  const result = spawnSync("sh", ["scripts/docker-entrypoint.sh", command], { env: { ...process.env, NODE_ENV: "production", ...env }, encoding: "utf8", timeout: 90_000 });
  return { status: result.status, output: result.stdout + result.stderr };
}

describe("the Docker image's commands", () => {
  it("`bootstrap-admin` refuses to run on a production configuration that would not start", () => {
    const { status, output } = entrypoint("bootstrap-admin", { DATABASE_URL: process.env.DATABASE_URL! });
    expect(status).not.toBe(0);
    expect(output).toContain("AUTH_SECRET is required in production");
  }, 90_000);

  it("`migrate` applies (or confirms) every migration on DATABASE_URL", () => {
    const { status, output } = entrypoint("migrate", { DATABASE_URL: process.env.DATABASE_URL! });
    expect(output).toContain("Database is up to date.");
    expect(status).toBe(0);
  }, 90_000);

  it("`bootstrap-admin` creates the first admin once", async () => {
    const email = uniqueEmail("first-admin");
    const env = {
      DATABASE_URL: process.env.DATABASE_URL!,
      AUTH_SECRET: "docker-test-secret-docker-test-secret",
      FRONTEND_URL: "https://onboarding.example",
      ALLOW_SANDBOX_IN_PRODUCTION: "true",
      BOOTSTRAP_ADMIN_EMAIL: email,
      BOOTSTRAP_ADMIN_PASSWORD: "a long admin passphrase for the image",
    };
    expect(entrypoint("bootstrap-admin", env)).toMatchObject({ status: 0, output: expect.stringContaining(`${email}: created`) });
    expect(entrypoint("bootstrap-admin", env)).toMatchObject({ status: 0, output: expect.stringContaining(`${email}: exists`) });
    expect(await db.user.findUniqueOrThrow({ where: { email } })).toMatchObject({ role: "admin", emailVerified: true });
  }, 90_000);
});
