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

  it("drains for 25 s after a 5 s delay by default; the delay must fit inside the grace period", () => {
    expect(parseEnv({})).toMatchObject({ SHUTDOWN_DELAY_SECONDS: 5, SHUTDOWN_GRACE_SECONDS: 25 });
    expect(parseEnv({ SHUTDOWN_DELAY_SECONDS: "0", SHUTDOWN_GRACE_SECONDS: "10" })).toMatchObject({ SHUTDOWN_DELAY_SECONDS: 0, SHUTDOWN_GRACE_SECONDS: 10 });
    expect(() => parseEnv({ SHUTDOWN_DELAY_SECONDS: "30" })).toThrow(/SHUTDOWN_DELAY_SECONDS must be shorter than SHUTDOWN_GRACE_SECONDS/);
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

const PRODUCTION = {
  NODE_ENV: "production",
  AUTH_SECRET: "x".repeat(40),
  FRONTEND_URL: "https://onboarding.agency.example",
  STRIPE_SECRET_KEY: "sk_live_1",
  STRIPE_WEBHOOK_SECRET: "whsec_1",
  RESEND_API_KEY: "re_live",
  RESEND_WEBHOOK_SECRET: "whsec_2",
};

function problemsOf(source: Record<string, string | undefined>): string[] {
  try {
    parseEnv(source);
    return [];
  } catch (error) {
    return (error as EnvError).problems;
  }
}

describe("production fails closed", () => {
  it("starts with real keys, a secret and an https origin", () => {
    expect(parseEnv(PRODUCTION)).toMatchObject({ stripeMode: "live", EMAIL_PROVIDER: "resend", sandboxInProduction: false });
  });

  it("refuses to start without keys, naming every missing one", () => {
    const problems = problemsOf({ NODE_ENV: "production" });
    for (const name of ["AUTH_SECRET", "FRONTEND_URL", "STRIPE_SECRET_KEY", "STRIPE_WEBHOOK_SECRET", "RESEND_API_KEY"]) expect(problems.join("\n")).toContain(name);
  });

  it("refuses the email sandbox in production unless opted in", () => {
    expect(problemsOf({ ...PRODUCTION, RESEND_API_KEY: undefined, EMAIL_PROVIDER: "sandbox" }).join()).toContain("EMAIL_PROVIDER =sandbox is not allowed in production");
  });

  it("allows plain http only on loopback, for trying the production build", () => {
    expect(problemsOf({ ...PRODUCTION, FRONTEND_URL: "http://127.0.0.1:3000" })).toEqual([]);
    expect(problemsOf({ ...PRODUCTION, FRONTEND_URL: "http://localhost:3000" })).toEqual([]);
    expect(problemsOf({ ...PRODUCTION, FRONTEND_URL: "http://onboarding.agency.example" })).toEqual(["FRONTEND_URL must be an https origin in production (http is only allowed on localhost / 127.0.0.1)"]);
  });

  it("needs Stripe keys only while Stripe Connect is on, and a webhook secret for email", () => {
    expect(problemsOf({ ...PRODUCTION, STRIPE_SECRET_KEY: undefined, STRIPE_WEBHOOK_SECRET: undefined, FEATURE_STRIPE_CONNECT: "false" })).toEqual([]);
    expect(problemsOf({ ...PRODUCTION, RESEND_WEBHOOK_SECRET: undefined }).join()).toContain("RESEND_WEBHOOK_SECRET");
  });

  it("refuses the benchmark's routes in production, unless the host opted into the sandboxes (a bench host)", () => {
    expect(problemsOf({ ...PRODUCTION, BENCH_MODE: "1" })).toEqual(["BENCH_MODE is not allowed in production: it exposes the benchmark's routes (set ALLOW_SANDBOX_IN_PRODUCTION=true on a bench host)"]);
    expect(parseEnv({ NODE_ENV: "production", AUTH_SECRET: "x".repeat(40), FRONTEND_URL: "https://bench.example", ALLOW_SANDBOX_IN_PRODUCTION: "true", BENCH_MODE: "1" }).BENCH_MODE).toBe(true);
  });

  it("runs the sandboxes only with an explicit, visible opt-in", () => {
    const env = parseEnv({ NODE_ENV: "production", AUTH_SECRET: "x".repeat(40), FRONTEND_URL: "https://staging.agency.example", ALLOW_SANDBOX_IN_PRODUCTION: "true" });
    expect(env).toMatchObject({ stripeMode: "sandbox", EMAIL_PROVIDER: "sandbox", sandboxInProduction: true });
  });

  it("never signs sandbox webhooks with a constant: the secret is whatever the launcher generated", () => {
    expect(parseEnv({}).stripeWebhookSecret).toBeUndefined();
    expect(parseEnv({ STRIPE_SANDBOX_WEBHOOK_SECRET: "whsec_generated" }).stripeWebhookSecret).toBe("whsec_generated");
    expect(parseEnv({ ...PRODUCTION, STRIPE_SANDBOX_WEBHOOK_SECRET: "whsec_generated" }).stripeWebhookSecret).toBe("whsec_1");
  });
});

describe("email providers and background jobs", () => {
  const withoutResend = { ...PRODUCTION, RESEND_API_KEY: undefined, RESEND_WEBHOOK_SECRET: undefined };

  it("picks the provider whose key is set, SendGrid or SES, when EMAIL_PROVIDER is not", () => {
    expect(parseEnv({ ...withoutResend, SENDGRID_API_KEY: "SG.key", SENDGRID_WEBHOOK_PUBLIC_KEY: "MFkw" })).toMatchObject({ EMAIL_PROVIDER: "sendgrid", emailApi: "sendgrid" });
    expect(parseEnv({ ...withoutResend, SES_REGION: "eu-west-1", SES_SNS_TOPIC_ARN: "arn:aws:sns:eu-west-1:1:t" })).toMatchObject({ EMAIL_PROVIDER: "ses", emailApi: "ses" });
  });

  it("names what each provider needs: its key or region, and in production where its bounces arrive", () => {
    expect(problemsOf({ EMAIL_PROVIDER: "ses" })).toEqual(["SES_REGION is required when EMAIL_PROVIDER=ses (e.g. eu-west-1)"]);
    expect(problemsOf({ ...withoutResend, SENDGRID_API_KEY: "SG.key" }).join()).toContain("SENDGRID_WEBHOOK_PUBLIC_KEY");
    expect(problemsOf({ ...withoutResend, SES_REGION: "eu-west-1" }).join()).toContain("SES_SNS_TOPIC_ARN");
  });

  it("in production, Inngest needs both its keys (or neither: the jobs run in-process), and never dev mode", () => {
    expect(problemsOf({ ...PRODUCTION, INNGEST_EVENT_KEY: "evt" }).join()).toContain("INNGEST_SIGNING_KEY");
    expect(problemsOf({ ...PRODUCTION, INNGEST_SIGNING_KEY: "signkey-prod-1" }).join()).toContain("INNGEST_EVENT_KEY");
    expect(problemsOf({ ...PRODUCTION, INNGEST_DEV: "1", INNGEST_EVENT_KEY: "evt", INNGEST_SIGNING_KEY: "signkey-prod-1" }).join()).toContain("INNGEST_DEV is not allowed in production");
    expect(problemsOf({ ...PRODUCTION, INNGEST_DEV: "1", ALLOW_SANDBOX_IN_PRODUCTION: "true" }).join()).toContain("INNGEST_DEV");
    expect(parseEnv({ INNGEST_EVENT_KEY: "evt", INNGEST_SIGNING_KEY: "signkey-test-1" }).inngestMode).toBe("cloud");
    // Real Stripe keys without Inngest: the jobs run here, never silently nowhere.
    expect(parseEnv(PRODUCTION).inngestMode).toBe("local");
    // The dev server outside production only.
    expect(parseEnv({ INNGEST_DEV: "1" }).inngestMode).toBe("cloud");
  });
});

describe("sandboxes are never used with real keys", () => {
  it("a Resend key switches email to Resend, and a Stripe key takes Stripe out of sandbox mode", () => {
    const env = parseEnv({ ...PRODUCTION, MAIL_SANDBOX_URL: "http://127.0.0.1:1", STRIPE_SANDBOX_URL: "http://127.0.0.1:2" });
    expect(env.EMAIL_PROVIDER).toBe("resend");
    expect(env.stripeMode).toBe("live");
    expect(env.stripeWebhookSecret).toBe("whsec_1");
  });
});

describe("the /dev/mailbox pages", () => {
  async function accessWith(variables: Record<string, string>) {
    const { mailboxAccess } = await import("@/lib/sandbox/mailbox");
    const { resetEnvCache } = await import("@/lib/env");
    for (const [name, value] of Object.entries(variables)) vi.stubEnv(name, value);
    try {
      resetEnvCache();
      return mailboxAccess();
    } finally {
      vi.unstubAllEnvs();
      resetEnvCache();
    }
  }

  it("are open in development, for admins on an opted-in production host, and absent otherwise", async () => {
    expect(await accessWith({ MAIL_SANDBOX_URL: "http://127.0.0.1:9" })).toBe("open");
    expect(await accessWith({ MAIL_SANDBOX_URL: "http://127.0.0.1:9", RESEND_API_KEY: "re_real_key" })).toBe("none");
    expect(await accessWith({ MAIL_SANDBOX_URL: "http://127.0.0.1:9", NODE_ENV: "production", AUTH_SECRET: "x".repeat(40), FRONTEND_URL: "https://staging.example", ALLOW_SANDBOX_IN_PRODUCTION: "true" })).toBe("admins");
  });
});
