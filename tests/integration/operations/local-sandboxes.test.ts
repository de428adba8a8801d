import Stripe from "stripe";
import { describe, expect, it } from "vitest";
import { parseEnv, STRIPE_SANDBOX_SECRET_KEY } from "@/lib/env";
import { startLocalSandboxes } from "@/lib/sandbox/start";

// What the launcher starts for services without keys, and what it hands to the app process.

const DATABASE_URL = process.env.DATABASE_URL!;
const keyless = () => parseEnv({ DATABASE_URL, NODE_ENV: "development" });

describe("startLocalSandboxes", () => {
  it("starts the Stripe and mail sandboxes for a configuration without keys, with their secrets from the database", async () => {
    const sandboxes = await startLocalSandboxes(keyless(), { databaseUrl: DATABASE_URL, appUrl: "http://127.0.0.1:3999" });
    try {
      expect(sandboxes.env).toMatchObject({ STRIPE_SANDBOX_URL: expect.stringMatching(/^http:\/\/127\.0\.0\.1:\d+$/), MAIL_SANDBOX_URL: expect.stringMatching(/^http:\/\/127\.0\.0\.1:\d+$/), STRIPE_SANDBOX_WEBHOOK_SECRET: expect.stringMatching(/^whsec_/), MAIL_SANDBOX_WEBHOOK_SECRET: expect.stringMatching(/^whsec_/) });
      expect(sandboxes.describe.join("\n")).toMatch(/Email sandbox at .*delivery events to \/api\/v1\/webhooks\/resend[\s\S]*Stripe sandbox at .*webhooks to \/api\/v1\/webhooks\/stripe/);
      // The real SDK reaches the sandbox it was given.
      const url = new URL(sandboxes.env.STRIPE_SANDBOX_URL);
      const stripe = new Stripe(STRIPE_SANDBOX_SECRET_KEY, { host: url.hostname, port: Number(url.port), protocol: "http", maxNetworkRetries: 0 });
      await expect(new Stripe("sk_test_someone_else", { host: url.hostname, port: Number(url.port), protocol: "http", maxNetworkRetries: 0 }).accounts.list()).rejects.toMatchObject({ statusCode: 401 });
      const account = await stripe.accounts.create({ type: "express", country: "FR", email: "sandbox@example.test" });
      expect(await sandboxes.stripe?.account(account.id)).toMatchObject({ id: account.id, email: "sandbox@example.test" });
      // The same database gives the same secrets to every launcher (several instances agree).
      const again = await startLocalSandboxes(keyless(), { databaseUrl: DATABASE_URL, services: ["stripe"] });
      expect(again.env.STRIPE_SANDBOX_WEBHOOK_SECRET).toBe(sandboxes.env.STRIPE_SANDBOX_WEBHOOK_SECRET);
      expect(again.env.MAIL_SANDBOX_URL).toBeUndefined();
      await again.close();
    } finally {
      await sandboxes.close();
    }
  });

  it("starts nothing for a service whose sandbox is already given, or that has real keys", async () => {
    const given = await startLocalSandboxes(parseEnv({ DATABASE_URL, NODE_ENV: "development", STRIPE_SANDBOX_URL: "http://127.0.0.1:1", MAIL_SANDBOX_URL: "http://127.0.0.1:2" }), { databaseUrl: DATABASE_URL });
    expect(given.describe).toEqual([]);
    expect(given.stripe).toBeUndefined();
    await given.close();
    const real = await startLocalSandboxes(parseEnv({ DATABASE_URL, NODE_ENV: "development", STRIPE_SECRET_KEY: "sk_test_real", STRIPE_WEBHOOK_SECRET: "whsec_real", RESEND_API_KEY: "re_real", RESEND_WEBHOOK_SECRET: "whsec_real" }), { databaseUrl: DATABASE_URL });
    expect(real).toMatchObject({ env: {}, describe: [] });
    await real.close();
  });
});
