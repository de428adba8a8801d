import { describe, expect, it, vi } from "vitest";
import { EnvError, parseEnv } from "@/lib/env";

describe("parseEnv", () => {
  it("runs every service in sandbox mode when no keys are set", () => {
    const env = parseEnv({});
    expect(env.stripeMode).toBe("sandbox");
    expect(env.EMAIL_PROVIDER).toBe("sandbox");
    expect(env.FEATURE_EMAIL_VERIFICATION).toBe(true);
    expect(env.FRONTEND_URL).toBe("http://localhost:3000");
    expect(env.FRONTEND_RETURN_URL).toBe("http://localhost:3000/onboarding/stripe/return");
    expect(env.CORS_ORIGINS).toEqual(["http://localhost:3000"]);
  });

  it("derives modes from the keys", () => {
    const env = parseEnv({
      STRIPE_SECRET_KEY: "sk_live_abc",
      STRIPE_WEBHOOK_SECRET: "whsec_abc",
      RESEND_API_KEY: "re_123",
      FEATURE_STRIPE_CONNECT: "false",
      CORS_ORIGINS: "https://a.example, https://b.example/",
    });
    expect(env.stripeMode).toBe("live");
    expect(env.EMAIL_PROVIDER).toBe("resend");
    expect(env.FEATURE_STRIPE_CONNECT).toBe(false);
    expect(env.CORS_ORIGINS).toEqual(["https://a.example", "https://b.example"]);
  });

  it("lists every problem in one readable error", () => {
    let error: unknown;
    try {
      parseEnv({
        NODE_ENV: "production",
        DATABASE_URL: "mysql://nope",
        STRIPE_SECRET_KEY: "pk_test_wrong",
        FEATURE_EMAIL_VERIFICATION: "maybe",
      });
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(EnvError);
    const message = (error as EnvError).message;
    expect(message).toContain("DATABASE_URL must be a postgresql:// connection string");
    expect(message).toContain("STRIPE_SECRET_KEY must start with sk_test_");
    expect(message).toContain("FEATURE_EMAIL_VERIFICATION must be true or false");
    expect((error as EnvError).problems.length).toBeGreaterThanOrEqual(3);
  });

  it("requires AUTH_SECRET in production and a webhook secret with a Stripe key", () => {
    expect(() => parseEnv({ NODE_ENV: "production" })).toThrow(/AUTH_SECRET is required in production/);
    expect(() => parseEnv({ STRIPE_SECRET_KEY: "sk_test_1" })).toThrow(/STRIPE_WEBHOOK_SECRET is required/);
    expect(() => parseEnv({ EMAIL_PROVIDER: "resend" })).toThrow(/RESEND_API_KEY is required/);
  });
});

describe("sandboxes are never used with real keys", () => {
  it("a Resend key switches email to Resend, and a Stripe key takes Stripe out of sandbox mode", () => {
    const env = parseEnv({ NODE_ENV: "production", AUTH_SECRET: "x".repeat(40), RESEND_API_KEY: "re_live", STRIPE_SECRET_KEY: "sk_live_1", STRIPE_WEBHOOK_SECRET: "whsec_1", MAIL_SANDBOX_URL: "http://127.0.0.1:1", STRIPE_SANDBOX_URL: "http://127.0.0.1:2" });
    expect(env.EMAIL_PROVIDER).toBe("resend");
    expect(env.stripeMode).toBe("live");
    expect(env.stripeWebhookSecret).toBe("whsec_1");
    expect(env.inngestMode).toBe("cloud");
  });
});

describe("the /dev/mailbox pages", () => {
  it("exist only while email runs in the local sandbox", async () => {
    const { mailboxAvailable } = await import("@/lib/sandbox/mailbox");
    const { resetEnvCache } = await import("@/lib/env");
    vi.stubEnv("MAIL_SANDBOX_URL", "http://127.0.0.1:9");
    try {
      resetEnvCache();
      expect(mailboxAvailable()).toBe(true);
      vi.stubEnv("RESEND_API_KEY", "re_real_key");
      resetEnvCache();
      expect(mailboxAvailable()).toBe(false);
    } finally {
      vi.unstubAllEnvs();
      resetEnvCache();
    }
  });
});
