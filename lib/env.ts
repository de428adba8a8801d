import { z } from "zod";

// The only reader of process.env. Parsed once; every problem is reported in one message.
// Unset service keys are not errors: they switch that service to its local sandbox.

const flag = (defaultValue: boolean) =>
  z
    .enum(["true", "false", "1", "0", "yes", "no", "on", "off"], {
      error: "must be true or false",
    })
    .optional()
    .transform((value) => (value === undefined ? defaultValue : ["true", "1", "yes", "on"].includes(value)));

const optionalString = z
  .string()
  .trim()
  .optional()
  .transform((value) => (value ? value : undefined));

const optionalUrl = optionalString.pipe(z.url({ error: "must be an absolute URL" }).optional());

const EnvSchema = z
  .object({
    NODE_ENV: z.enum(["development", "test", "production"]).default("development"),
    DATABASE_URL: optionalString.pipe(
      z
        .string()
        .regex(/^postgres(ql)?:\/\//, { error: "must be a postgresql:// connection string" })
        .optional(),
    ),
    AUTH_SECRET: optionalString.pipe(z.string().min(32, { error: "must be at least 32 characters" }).optional()),
    FRONTEND_URL: optionalUrl,
    FRONTEND_RETURN_URL: optionalUrl,
    FRONTEND_REFRESH_URL: optionalUrl,
    CORS_ORIGINS: optionalString,
    STRIPE_SECRET_KEY: optionalString.pipe(
      z
        .string()
        .regex(/^(sk|rk)_(test|live)_/, { error: "must start with sk_test_, sk_live_, rk_test_ or rk_live_" })
        .optional(),
    ),
    STRIPE_WEBHOOK_SECRET: optionalString.pipe(
      z.string().startsWith("whsec_", { error: "must start with whsec_" }).optional(),
    ),
    STRIPE_SANDBOX_URL: optionalUrl,
    EMAIL_PROVIDER: z.enum(["resend", "sandbox"]).optional(),
    RESEND_API_KEY: optionalString,
    MAIL_SANDBOX_URL: optionalUrl,
    FROM_EMAIL: z.string().trim().min(3).default("OFM Onboarding <onboarding@ofm.local>"),
    SUPPORT_EMAIL: z.email({ error: "must be an email address" }).default("support@ofm.local"),
    FEATURE_EMAIL_VERIFICATION: flag(true),
    FEATURE_STRIPE_CONNECT: flag(true),
    FEATURE_MARKETING_AUTOMATION: flag(true),
    INNGEST_EVENT_KEY: optionalString,
    INNGEST_SIGNING_KEY: optionalString,
    EMAIL_VERIFICATION_TTL_MINUTES: z.coerce.number().int().min(5).max(10_080).default(1440),
    // Multiplies the automation delays (5 and 10 minutes): 0.01 turns them into seconds for demos.
    AUTOMATION_DELAY_SCALE: z.coerce.number().min(0).max(100).default(1),
    // Creates this admin at start-up if no account has the email (first deploy, demos, e2e).
    BOOTSTRAP_ADMIN_EMAIL: optionalString.pipe(z.email({ error: "must be an email address" }).optional()),
    BOOTSTRAP_ADMIN_PASSWORD: optionalString,
    // Exposes /api/bench/noop, the bare route the benchmark compares against (npm run bench only).
    BENCH_MODE: flag(false),
    METRICS_TOKEN: optionalString,
    LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
    PORT: z.coerce.number().int().positive().default(3000),
  })
  .superRefine((env, ctx) => {
    if (env.NODE_ENV === "production" && !env.AUTH_SECRET) {
      ctx.addIssue({ code: "custom", path: ["AUTH_SECRET"], message: "is required in production (openssl rand -base64 32)" });
    }
    if (env.EMAIL_PROVIDER === "resend" && !env.RESEND_API_KEY) {
      ctx.addIssue({ code: "custom", path: ["RESEND_API_KEY"], message: "is required when EMAIL_PROVIDER=resend" });
    }
    if (env.NODE_ENV === "production" && env.INNGEST_EVENT_KEY && !env.INNGEST_SIGNING_KEY) {
      ctx.addIssue({ code: "custom", path: ["INNGEST_SIGNING_KEY"], message: "is required with INNGEST_EVENT_KEY in production (Inngest signs its calls to /api/inngest)" });
    }
    if (env.STRIPE_SECRET_KEY && !env.STRIPE_WEBHOOK_SECRET) {
      ctx.addIssue({ code: "custom", path: ["STRIPE_WEBHOOK_SECRET"], message: "is required when STRIPE_SECRET_KEY is set" });
    }
  });

type RawEnv = z.infer<typeof EnvSchema>;

// Shared by the local Stripe sandbox and the app when no Stripe keys are set.
export const STRIPE_SANDBOX_SECRET_KEY = "sk_test_ofm_sandbox";
export const STRIPE_SANDBOX_WEBHOOK_SECRET = "whsec_ofm_sandbox_local_signing_secret";

// A well-known value for local runs only; production refuses to start without AUTH_SECRET.
const DEVELOPMENT_AUTH_SECRET = "ofm-onboarding-development-secret-not-for-production";

export interface Env extends Omit<RawEnv, "DATABASE_URL" | "AUTH_SECRET" | "FRONTEND_URL" | "CORS_ORIGINS" | "EMAIL_PROVIDER"> {
  DATABASE_URL?: string;
  AUTH_SECRET: string;
  FRONTEND_URL: string;
  FRONTEND_RETURN_URL: string;
  FRONTEND_REFRESH_URL: string;
  CORS_ORIGINS: string[];
  EMAIL_PROVIDER: "resend" | "sandbox";
  stripeMode: "sandbox" | "test" | "live";
  /** The webhook signing secret in force: the configured one, or the sandbox's. */
  stripeWebhookSecret: string | undefined;
  /** "cloud" sends events to Inngest; "local" runs the same functions in-process. */
  inngestMode: "cloud" | "local";
  isProduction: boolean;
}

export class EnvError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration (see .env.example):\n${problems.map((problem) => `  - ${problem}`).join("\n")}`);
    this.name = "EnvError";
  }
}

export function parseEnv(source: Record<string, string | undefined>): Env {
  const result = EnvSchema.safeParse(source);
  if (!result.success) {
    throw new EnvError(result.error.issues.map((issue) => `${issue.path.join(".") || "env"} ${issue.message}`));
  }
  const raw = result.data;
  const frontendUrl = (raw.FRONTEND_URL ?? `http://localhost:${raw.PORT}`).replace(/\/$/, "");
  return {
    ...raw,
    AUTH_SECRET: raw.AUTH_SECRET ?? DEVELOPMENT_AUTH_SECRET,
    FRONTEND_URL: frontendUrl,
    FRONTEND_RETURN_URL: raw.FRONTEND_RETURN_URL ?? `${frontendUrl}/onboarding/stripe/return`,
    FRONTEND_REFRESH_URL: raw.FRONTEND_REFRESH_URL ?? `${frontendUrl}/onboarding/stripe/refresh`,
    CORS_ORIGINS: (raw.CORS_ORIGINS ?? frontendUrl)
      .split(",")
      .map((origin) => origin.trim().replace(/\/$/, ""))
      .filter(Boolean),
    EMAIL_PROVIDER: raw.EMAIL_PROVIDER ?? (raw.RESEND_API_KEY ? "resend" : "sandbox"),
    stripeMode: !raw.STRIPE_SECRET_KEY ? "sandbox" : raw.STRIPE_SECRET_KEY.includes("_live_") ? "live" : "test",
    stripeWebhookSecret: raw.STRIPE_WEBHOOK_SECRET ?? (raw.STRIPE_SECRET_KEY ? undefined : STRIPE_SANDBOX_WEBHOOK_SECRET),
    isProduction: raw.NODE_ENV === "production",
    // A real production deployment (real Stripe key) must use Inngest; everything else without
    // an event key runs the functions in-process.
    inngestMode: raw.INNGEST_EVENT_KEY || (raw.NODE_ENV === "production" && raw.STRIPE_SECRET_KEY) ? "cloud" : "local",
  };
}

let cached: Env | undefined;

export function env(): Env {
  if (!cached) {
    cached = parseEnv(process.env);
    // next-auth v4 reads these two names itself; they are derived from ours.
    process.env.NEXTAUTH_URL ??= cached.FRONTEND_URL;
    process.env.NEXTAUTH_SECRET ??= cached.AUTH_SECRET;
  }
  return cached;
}

/** For tests that change process.env between cases. */
export function resetEnvCache(): void {
  cached = undefined;
}
