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

/** "1,3,7": positive numbers, in order. */
const numberList = (defaultValue: string) =>
  z
    .string()
    .trim()
    .default(defaultValue)
    .transform((value, ctx) => {
      const numbers = value.split(",").map((part) => Number(part.trim()));
      if (numbers.length === 0 || numbers.length > 10 || numbers.some((number) => !Number.isFinite(number) || number <= 0)) {
        ctx.addIssue({ code: "custom", message: "must be a comma-separated list of up to 10 positive numbers" });
        return z.NEVER;
      }
      return numbers;
    });

const NUDGE_SEQUENCE_NAMES = ["email_not_verified", "terms_not_accepted", "profile_not_filled", "payouts_not_finished", "payouts_need_information", "payouts_deadline"] as const;

const EnvSchema = z
  .object({
    NODE_ENV: z.enum(["development", "test", "production"]).default("development"),
    DATABASE_URL: optionalString.pipe(
      z
        .string()
        .regex(/^postgres(ql)?:\/\//, { error: "must be a postgresql:// connection string" })
        .optional(),
    ),
    // Migrations (npm run db:migrate, the image's `migrate`) need a direct connection: set this
    // when DATABASE_URL goes through a transaction-mode pooler such as PgBouncer.
    DIRECT_DATABASE_URL: optionalString.pipe(z.string().regex(/^postgres(ql)?:\/\//, { error: "must be a postgresql:// connection string" }).optional()),
    // Connections this instance keeps to PostgreSQL (or to the pooler). See docs/operations.md:
    // instances × DATABASE_POOL_MAX + a margin must stay under max_connections.
    DATABASE_POOL_MAX: z.coerce.number().int().min(1).max(500).default(10),
    DATABASE_POOL_IDLE_TIMEOUT_MS: z.coerce.number().int().min(0).max(3_600_000).default(10_000),
    DATABASE_CONNECT_TIMEOUT_MS: z.coerce.number().int().min(100).max(120_000).default(5_000),
    // Recycles connections after this long (0: never), e.g. to follow a failover's DNS change.
    DATABASE_POOL_MAX_LIFETIME_SECONDS: z.coerce.number().int().min(0).max(86_400).default(0),
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
    // ISO country of the Stripe platform account: decides which creator countries can be
    // onboarded and with which capabilities (lib/stripe/platform.ts).
    STRIPE_PLATFORM_COUNTRY: z.string().trim().toUpperCase().regex(/^[A-Z]{2}$/, { error: "must be a two-letter country code" }).default("FR"),
    // How long a platform key that reached Stripe is trusted before a 403 on an account makes
    // us ask again whether the key works (lib/stripe/check.ts); 0 asks every time.
    STRIPE_KEY_CHECK_SECONDS: z.coerce.number().int().min(0).max(3600).default(30),
    // Days a processed Stripe event keeps its payload (the account's email, metadata); its id stays.
    STRIPE_EVENT_RETENTION_DAYS: z.coerce.number().int().min(1).max(3650).default(30),
    // Days a used or expired verification, reset or email-change link is kept (support: "my link
    // did not work"), then deleted by the hourly housekeeping (lib/db/housekeeping.ts).
    TOKEN_RETENTION_DAYS: z.coerce.number().int().min(1).max(365).default(7),
    // Days a delivered outbox row is kept. More than a week: the in-process job runner resumes
    // activations up to 7 days old from these rows (lib/automation/local-runner.ts).
    OUTBOX_RETENTION_DAYS: z.coerce.number().int().min(8).max(3650).default(14),
    // Days of an account's sign-in history ("recent sign-ins" in Settings).
    SIGN_IN_RETENTION_DAYS: z.coerce.number().int().min(1).max(3650).default(90),
    // The sandbox's webhook signing secret: random, generated once per database by the
    // launcher (lib/sandbox/secrets.ts) and handed to the app; never a constant in the code.
    STRIPE_SANDBOX_WEBHOOK_SECRET: optionalString.pipe(z.string().startsWith("whsec_", { error: "must start with whsec_" }).optional()),
    // Which provider sends email; by default the one whose key is set, else the local sandbox.
    EMAIL_PROVIDER: z.enum(["resend", "sendgrid", "ses", "sandbox"]).optional(),
    // In sandbox mode: whose API the app speaks to the local sandbox (and whose signed events it gets back).
    EMAIL_SANDBOX_FLAVOR: z.enum(["resend", "sendgrid", "ses"]).default("resend"),
    SENDGRID_API_KEY: optionalString,
    // The Event Webhook's verification key (Mail Settings → Signed Event Webhook), base64.
    SENDGRID_WEBHOOK_PUBLIC_KEY: optionalString,
    // Amazon SES v2: the region; credentials come from the standard AWS chain (env, role).
    SES_REGION: optionalString,
    // The configuration set whose event destination publishes bounces and complaints to SNS.
    SES_CONFIGURATION_SET: optionalString,
    // Only notifications from this SNS topic are accepted (arn:aws:sns:…).
    SES_SNS_TOPIC_ARN: optionalString,
    // The sandbox's key for SendGrid-style signed events (handed over by the launcher).
    MAIL_SANDBOX_SENDGRID_PUBLIC_KEY: optionalString,
    RESEND_API_KEY: optionalString,
    MAIL_SANDBOX_URL: optionalUrl,
    // Signing secret of Resend's webhook endpoint POST /api/v1/webhooks/resend (whsec_…).
    RESEND_WEBHOOK_SECRET: optionalString.pipe(z.string().startsWith("whsec_", { error: "must start with whsec_" }).optional()),
    // The mail sandbox's signing secret: random per database, handed over by the launcher.
    MAIL_SANDBOX_WEBHOOK_SECRET: optionalString.pipe(z.string().startsWith("whsec_", { error: "must start with whsec_" }).optional()),
    FROM_EMAIL: z.string().trim().min(3).default("OFM Onboarding <onboarding@ofm.local>"),
    SUPPORT_EMAIL: z.email({ error: "must be an email address" }).default("support@ofm.local"),
    FEATURE_EMAIL_VERIFICATION: flag(true),
    FEATURE_STRIPE_CONNECT: flag(true),
    FEATURE_MARKETING_AUTOMATION: flag(true),
    // The reminders of lib/onboarding/nudges.ts (under FEATURE_MARKETING_AUTOMATION): days after
    // a creator stalls at a step, days before a Stripe deadline, the local hours they may arrive
    // in ("9-20": from 9:00 to 20:00 in the creator's zone), and the sequences turned off.
    NUDGE_DELAYS_DAYS: numberList("1,3,7"),
    DEADLINE_REMINDER_DAYS: numberList("14,3,1"),
    NUDGE_SEND_HOURS: z
      .string()
      .trim()
      .default("9-20")
      .transform((value, ctx) => {
        const match = value.match(/^(\d{1,2})-(\d{1,2})$/);
        const [start, end] = match ? [Number(match[1]), Number(match[2])] : [NaN, NaN];
        if (!(start >= 0 && end <= 24 && start < end)) {
          ctx.addIssue({ code: "custom", message: "must be two hours, start before end, like 9-20" });
          return z.NEVER;
        }
        return { start, end };
      }),
    NUDGE_SEQUENCES_OFF: z
      .string()
      .trim()
      .default("")
      .transform((value) => value.split(",").map((part) => part.trim()).filter(Boolean))
      .pipe(z.array(z.enum(NUDGE_SEQUENCE_NAMES, { error: `must list only ${NUDGE_SEQUENCE_NAMES.join(", ")}` }))),
    INNGEST_EVENT_KEY: optionalString,
    INNGEST_SIGNING_KEY: optionalString,
    // Read by the Inngest SDK itself: the local dev server, which signs nothing. Never in production.
    INNGEST_DEV: optionalString,
    // Self-hosted Inngest (or a stand-in in tests): where events are sent and functions synced.
    INNGEST_BASE_URL: optionalString.pipe(z.url({ error: "must be a URL" }).optional()),
    EMAIL_VERIFICATION_TTL_MINUTES: z.coerce.number().int().min(5).max(10_080).default(1440),
    // A password reset link is short-lived (OWASP: minutes, not days).
    PASSWORD_RESET_TTL_MINUTES: z.coerce.number().int().min(5).max(240).default(30),
    // An email change link (to the new address) and its undo link (to the old one).
    EMAIL_CHANGE_TTL_MINUTES: z.coerce.number().int().min(5).max(10_080).default(1440),
    EMAIL_CHANGE_UNDO_TTL_HOURS: z.coerce.number().int().min(1).max(48).default(48),
    ADMIN_INVITE_TTL_HOURS: z.coerce.number().int().min(1).max(720).default(72),
    // Multiplies the automation delays (the analyses' 5 and 10 minutes and their retries, the
    // nudges' days and their 24-hour gap): 0.01 turns them into seconds for demos.
    AUTOMATION_DELAY_SCALE: z.coerce.number().min(0).max(100).default(1),
    // Creates this admin at start-up if no account has the email (first deploy, demos, e2e).
    BOOTSTRAP_ADMIN_EMAIL: optionalString.pipe(z.email({ error: "must be an email address" }).optional()),
    BOOTSTRAP_ADMIN_PASSWORD: optionalString,
    // Exposes /api/bench/noop, the bare route the benchmark compares against (npm run bench only).
    BENCH_MODE: flag(false),
    // With BENCH_MODE: where /api/bench/profile writes the CPU profile of each benchmarked path.
    BENCH_PROFILE_DIR: optionalString,
    METRICS_TOKEN: optionalString,
    LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
    PORT: z.coerce.number().int().positive().default(3000),
    // On SIGTERM, how long this instance has to finish its requests and hand back its leases
    // (lib/http/graceful-shutdown.ts). Keep it under the orchestrator's own grace period
    // (Kubernetes: terminationGracePeriodSeconds, minus any preStop sleep).
    SHUTDOWN_GRACE_SECONDS: z.coerce.number().int().min(1).max(600).default(25),
    // The first part of it: still serving, but not ready and closing every connection after its
    // answer, so that the load balancer stops sending before this instance stops listening.
    SHUTDOWN_DELAY_SECONDS: z.coerce.number().int().min(0).max(120).default(5),
    // Read by Next.js itself: set (to true), Next.js leaves SIGTERM to this app's drain. `npm
    // start`, the Docker image and the cluster run set it; without it Next.js exits at once.
    NEXT_MANUAL_SIG_HANDLE: optionalString,
    // How many reverse proxies in front of the app append to X-Forwarded-For (nginx: 1).
    TRUSTED_PROXY_HOPS: z.coerce.number().int().min(0).max(10).default(0),
    // A staging or demo host may run the sandboxes in production, visibly (see README).
    ALLOW_SANDBOX_IN_PRODUCTION: flag(false),
  })
  .superRefine((env, ctx) => {
    const problem = (path: string, message: string) => ctx.addIssue({ code: "custom", path: [path], message });
    if (env.EMAIL_PROVIDER === "resend" && !env.RESEND_API_KEY) problem("RESEND_API_KEY", "is required when EMAIL_PROVIDER=resend");
    if (env.EMAIL_PROVIDER === "sendgrid" && !env.SENDGRID_API_KEY) problem("SENDGRID_API_KEY", "is required when EMAIL_PROVIDER=sendgrid");
    if (env.EMAIL_PROVIDER === "ses" && !env.SES_REGION) problem("SES_REGION", "is required when EMAIL_PROVIDER=ses (e.g. eu-west-1)");
    if (env.SHUTDOWN_DELAY_SECONDS >= env.SHUTDOWN_GRACE_SECONDS) problem("SHUTDOWN_DELAY_SECONDS", "must be shorter than SHUTDOWN_GRACE_SECONDS (the delay is part of the grace period)");
    if (env.STRIPE_SECRET_KEY && !env.STRIPE_WEBHOOK_SECRET) problem("STRIPE_WEBHOOK_SECRET", "is required when STRIPE_SECRET_KEY is set");
    if (env.NODE_ENV === "production") productionProblems(env).forEach(([path, message]) => problem(path, message));
  });

const LOOPBACK_HOSTS = new Set(["localhost", "127.0.0.1", "[::1]"]);

/**
 * Production fails closed: a real secret, a public https origin (plain http only on this
 * machine's loopback, for trying the build locally) and real keys for every service that is
 * on, unless the host explicitly opts into the sandboxes (staging, demos).
 */
interface ProductionFacts {
  AUTH_SECRET?: string;
  FRONTEND_URL?: string;
  INNGEST_EVENT_KEY?: string;
  INNGEST_SIGNING_KEY?: string;
  INNGEST_DEV?: string;
  ALLOW_SANDBOX_IN_PRODUCTION: boolean;
  BENCH_MODE: boolean;
  FEATURE_STRIPE_CONNECT: boolean;
  STRIPE_SECRET_KEY?: string;
  STRIPE_WEBHOOK_SECRET?: string;
  EMAIL_PROVIDER?: string;
  RESEND_API_KEY?: string;
  RESEND_WEBHOOK_SECRET?: string;
  SENDGRID_API_KEY?: string;
  SENDGRID_WEBHOOK_PUBLIC_KEY?: string;
  SES_REGION?: string;
  SES_SNS_TOPIC_ARN?: string;
}

/** What each provider needs in production to send and to hear about bounces and complaints. */
function emailProviderProblems(env: ProductionFacts, provider: string): Array<[string, string]> {
  const missing = (name: string, why: string): Array<[string, string]> => [[name, `is required in production with EMAIL_PROVIDER=${provider}: ${why}`]];
  const bounces = "bounces and complaints must stop mail to an address";
  if (provider === "sendgrid") return env.SENDGRID_WEBHOOK_PUBLIC_KEY ? [] : missing("SENDGRID_WEBHOOK_PUBLIC_KEY", `${bounces} (enable the signed Event Webhook to /api/v1/webhooks/sendgrid)`);
  if (provider === "ses") return env.SES_SNS_TOPIC_ARN ? [] : missing("SES_SNS_TOPIC_ARN", `${bounces} (publish the configuration set's events to an SNS topic subscribed to /api/v1/webhooks/ses)`);
  if (!env.RESEND_API_KEY) return [["RESEND_API_KEY", "is required in production: every account needs email (or set ALLOW_SANDBOX_IN_PRODUCTION=true on a staging or demo host)"]];
  return env.RESEND_WEBHOOK_SECRET ? [] : missing("RESEND_WEBHOOK_SECRET", `${bounces} (add the endpoint /api/v1/webhooks/resend in Resend)`);
}

function productionProblems(env: ProductionFacts): Array<[string, string]> {
  const problems: Array<[string, string]> = [];
  if (!env.AUTH_SECRET) problems.push(["AUTH_SECRET", "is required in production (openssl rand -base64 32)"]);
  const frontend = env.FRONTEND_URL ? new URL(env.FRONTEND_URL) : undefined;
  if (!frontend) problems.push(["FRONTEND_URL", "is required in production: the public https origin of the app"]);
  else if (frontend.protocol !== "https:" && !(frontend.protocol === "http:" && LOOPBACK_HOSTS.has(frontend.hostname))) {
    problems.push(["FRONTEND_URL", "must be an https origin in production (http is only allowed on localhost / 127.0.0.1)"]);
  }
  // Background jobs run either on Inngest (both keys) or in this process (neither); never half.
  // INNGEST_DEV makes the SDK skip signature checks: /api/inngest would run any function for anyone.
  if (env.INNGEST_DEV) problems.push(["INNGEST_DEV", "is not allowed in production: it turns off the signature check of /api/inngest (unset it; set INNGEST_EVENT_KEY and INNGEST_SIGNING_KEY, or neither to run the jobs in-process)"]);
  if (env.INNGEST_EVENT_KEY && !env.INNGEST_SIGNING_KEY) problems.push(["INNGEST_SIGNING_KEY", "is required with INNGEST_EVENT_KEY in production (Inngest signs its calls to /api/inngest)"]);
  if (env.INNGEST_SIGNING_KEY && !env.INNGEST_EVENT_KEY) problems.push(["INNGEST_EVENT_KEY", "is required with INNGEST_SIGNING_KEY in production (without it the app could not send Inngest its events; unset both to run the jobs in-process)"]);
  if (env.ALLOW_SANDBOX_IN_PRODUCTION) return problems;
  // The bench routes answer anyone (a bare route, CPU profiles): a benchmark host, never production.
  if (env.BENCH_MODE) problems.push(["BENCH_MODE", "is not allowed in production: it exposes the benchmark's routes (set ALLOW_SANDBOX_IN_PRODUCTION=true on a bench host)"]);
  const sandboxHint = "(or set ALLOW_SANDBOX_IN_PRODUCTION=true on a staging or demo host)";
  if (env.FEATURE_STRIPE_CONNECT) {
    if (!env.STRIPE_SECRET_KEY) problems.push(["STRIPE_SECRET_KEY", `is required in production while FEATURE_STRIPE_CONNECT is on ${sandboxHint}`]);
    if (!env.STRIPE_WEBHOOK_SECRET) problems.push(["STRIPE_WEBHOOK_SECRET", `is required in production while FEATURE_STRIPE_CONNECT is on ${sandboxHint}`]);
  }
  if (env.EMAIL_PROVIDER === "sandbox") problems.push(["EMAIL_PROVIDER", `=sandbox is not allowed in production ${sandboxHint}`]);
  else problems.push(...emailProviderProblems(env, env.EMAIL_PROVIDER ?? inferredEmailProvider(env)));
  return problems;
}

type RawEnv = z.infer<typeof EnvSchema>;

/** Without EMAIL_PROVIDER: the provider whose key is set, else the sandbox. */
function inferredEmailProvider(env: { RESEND_API_KEY?: string; SENDGRID_API_KEY?: string; SES_REGION?: string }): "resend" | "sendgrid" | "ses" | "sandbox" {
  if (env.RESEND_API_KEY) return "resend";
  if (env.SENDGRID_API_KEY) return "sendgrid";
  if (env.SES_REGION) return "ses";
  return "sandbox";
}

// The API key the app presents to the local Stripe sandbox (which only listens on loopback).
// Webhook signing, which is what an outsider could abuse, uses a random per-database secret.
export const STRIPE_SANDBOX_SECRET_KEY = "sk_test_ofm_sandbox";

// A well-known value for local runs only; production refuses to start without AUTH_SECRET.
const DEVELOPMENT_AUTH_SECRET = "ofm-onboarding-development-secret-not-for-production";

export interface Env extends Omit<RawEnv, "DATABASE_URL" | "AUTH_SECRET" | "FRONTEND_URL" | "CORS_ORIGINS" | "EMAIL_PROVIDER"> {
  DATABASE_URL?: string;
  AUTH_SECRET: string;
  FRONTEND_URL: string;
  FRONTEND_RETURN_URL: string;
  FRONTEND_REFRESH_URL: string;
  CORS_ORIGINS: string[];
  EMAIL_PROVIDER: "resend" | "sendgrid" | "ses" | "sandbox";
  /** Whose API the app speaks: the provider's, or in sandbox mode the sandbox flavor's. */
  emailApi: "resend" | "sendgrid" | "ses";
  stripeMode: "sandbox" | "test" | "live";
  /** The webhook signing secret in force: the configured one, or the sandbox's. */
  stripeWebhookSecret: string | undefined;
  /** The same for the email provider's delivery events. */
  emailWebhookSecret: string | undefined;
  /** "cloud" sends events to Inngest; "local" runs the same functions in-process. */
  inngestMode: "cloud" | "local";
  isProduction: boolean;
  /** Production running a sandbox (ALLOW_SANDBOX_IN_PRODUCTION): shown on every page. */
  sandboxInProduction: boolean;
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
  const stripeMode = !raw.STRIPE_SECRET_KEY ? "sandbox" : raw.STRIPE_SECRET_KEY.includes("_live_") ? "live" : "test";
  const emailProvider = raw.EMAIL_PROVIDER ?? inferredEmailProvider(raw);
  const isProduction = raw.NODE_ENV === "production";
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
    EMAIL_PROVIDER: emailProvider,
    emailApi: emailProvider === "sandbox" ? raw.EMAIL_SANDBOX_FLAVOR : emailProvider,
    stripeMode,
    stripeWebhookSecret: raw.STRIPE_WEBHOOK_SECRET ?? (stripeMode === "sandbox" ? raw.STRIPE_SANDBOX_WEBHOOK_SECRET : undefined),
    emailWebhookSecret: emailProvider === "sandbox" ? raw.MAIL_SANDBOX_WEBHOOK_SECRET : raw.RESEND_WEBHOOK_SECRET,
    isProduction,
    sandboxInProduction: isProduction && ((raw.FEATURE_STRIPE_CONNECT && stripeMode === "sandbox") || emailProvider === "sandbox"),
    // Inngest (Cloud with its keys, or the dev server outside production) runs the jobs when it
    // is configured; otherwise this process runs them itself (the local runner), never nobody.
    inngestMode: raw.INNGEST_EVENT_KEY || (raw.INNGEST_DEV && !isProduction) ? "cloud" : "local",
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
