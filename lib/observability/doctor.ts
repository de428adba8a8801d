import pg from "pg";
import { SendEmailCommand, SESv2Client } from "@aws-sdk/client-sesv2";
import { Client as SendGridClient } from "@sendgrid/client";
import { Resend } from "resend";
import { EnvError, parseEnv, type Env } from "@/lib/env";
import { unappliedMigrations } from "@/lib/db/migrations";
import { checkStripe, webhookEndpointProblems } from "@/lib/stripe/check";
import { HANDLED_EVENT_TYPES } from "@/lib/stripe/events";
import { STRIPE_API_VERSION } from "@/lib/stripe/client";

// `npm run doctor`: the seed's troubleshooting section as a command. Each check says what it
// found and, when something is wrong, what to do about it.

export interface Check {
  name: string;
  status: "pass" | "warn" | "fail";
  detail: string;
  fix?: string;
}

async function databaseChecks(url: string): Promise<Check[]> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 3000 });
  try {
    await client.connect();
  } catch (error) {
    return [{ name: "Database", status: "fail", detail: `cannot connect: ${(error as Error).message}`, fix: "Check DATABASE_URL (host, port, user, password, database) and that PostgreSQL accepts connections from here." }];
  }
  try {
    const applied = await client
      .query<{ migration_name: string }>("SELECT migration_name FROM _prisma_migrations WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL")
      .then((result) => new Set(result.rows.map((row) => row.migration_name)))
      .catch(() => new Set<string>());
    const pending = unappliedMigrations(applied);
    return [
      { name: "Database", status: "pass", detail: "reachable" },
      pending.length
        ? { name: "Migrations", status: "fail", detail: `${pending.length} not applied: ${pending.join(", ")}`, fix: "Run npm run db:migrate (on deploy, before starting the new version)." }
        : { name: "Migrations", status: "pass", detail: `all ${applied.size} applied` },
    ];
  } finally {
    await client.end();
  }
}

async function emailCheck(env: Env): Promise<Check> {
  if (env.EMAIL_PROVIDER === "sandbox") {
    return { name: "Email", status: env.isProduction ? "warn" : "pass", detail: `sandbox (${env.emailApi}'s API): messages stay on this machine (/dev/mailbox)`, fix: env.isProduction ? "Set RESEND_API_KEY, SENDGRID_API_KEY or SES_REGION (and FROM_EMAIL on a verified domain) to send real email." : undefined };
  }
  if (env.EMAIL_PROVIDER === "sendgrid") return sendgridCheck(env);
  if (env.EMAIL_PROVIDER === "ses") return sesCheck(env);
  const { error } = await new Resend(env.RESEND_API_KEY).domains.list();
  // Resend's recommended key has sending access only: it cannot list domains, and that is fine.
  if (error?.name === "restricted_api_key") return { name: "Email", status: "pass", detail: `Resend key valid (sending access only); sending as ${env.FROM_EMAIL}` };
  if (error) return { name: "Email", status: "fail", detail: `Resend refused the key: ${error.message}`, fix: "Create a key with sending access in Resend and set RESEND_API_KEY." };
  return { name: "Email", status: "pass", detail: `Resend reachable; sending as ${env.FROM_EMAIL}` };
}

/** The key's scopes must include mail.send. */
async function sendgridCheck(env: Env): Promise<Check> {
  const client = new SendGridClient();
  client.setApiKey(env.SENDGRID_API_KEY!);
  try {
    const [, body] = await client.request({ method: "GET", url: "/v3/scopes" });
    const scopes = (body as { scopes?: string[] }).scopes ?? [];
    if (!scopes.includes("mail.send")) return { name: "Email", status: "fail", detail: "the SendGrid key cannot send mail", fix: "Create an API key with the Mail Send permission and set SENDGRID_API_KEY." };
    return { name: "Email", status: "pass", detail: `SendGrid reachable; sending as ${env.FROM_EMAIL}; signed events ${env.SENDGRID_WEBHOOK_PUBLIC_KEY ? "verified" : "not configured"}` };
  } catch (error) {
    return { name: "Email", status: "fail", detail: `SendGrid refused the key: ${(error as Error).message}`, fix: "Check SENDGRID_API_KEY and outbound HTTPS to api.sendgrid.com." };
  }
}

/** One email to SES's mailbox simulator: proves the credentials, ses:SendEmail and the sender identity, at no cost. */
async function sesCheck(env: Env): Promise<Check> {
  try {
    await new SESv2Client({ region: env.SES_REGION }).send(
      new SendEmailCommand({ FromEmailAddress: env.FROM_EMAIL, Destination: { ToAddresses: ["success@simulator.amazonses.com"] }, Content: { Simple: { Subject: { Data: "npm run doctor" }, Body: { Text: { Data: "SES check from OFM Onboarding." } } } } }),
    );
    return { name: "Email", status: "pass", detail: `SES (${env.SES_REGION}) accepts mail from ${env.FROM_EMAIL}; events ${env.SES_SNS_TOPIC_ARN ? `from ${env.SES_SNS_TOPIC_ARN}` : "not configured"}` };
  } catch (error) {
    return { name: "Email", status: "fail", detail: `SES refused: ${(error as Error).name}: ${(error as Error).message}`, fix: "Check the AWS credentials (the IAM policy needs ses:SendEmail), SES_REGION, and that FROM_EMAIL's domain is verified in SES." };
  }
}

/** Which engine runs the background jobs; production refuses half an Inngest configuration at start-up. */
function inngestCheck(env: Env): Check {
  if (env.inngestMode === "local") return { name: "Background jobs", status: "pass", detail: "run in this process (the local runner, leased in PostgreSQL): no INNGEST_EVENT_KEY, so /api/inngest answers 404" };
  if (env.INNGEST_DEV && !env.INNGEST_EVENT_KEY) return { name: "Background jobs", status: "pass", detail: "the Inngest dev server (INNGEST_DEV; refused in production)" };
  return { name: "Background jobs", status: env.INNGEST_SIGNING_KEY ? "pass" : "fail", detail: `Inngest Cloud; signing key ${env.INNGEST_SIGNING_KEY ? "set" : "missing"}`, fix: env.INNGEST_SIGNING_KEY ? undefined : "Set INNGEST_SIGNING_KEY so /api/inngest can verify Inngest's calls." };
}

async function stripeChecks(env: Env): Promise<Check[]> {
  if (!env.FEATURE_STRIPE_CONNECT) return [{ name: "Stripe", status: "pass", detail: "turned off (FEATURE_STRIPE_CONNECT=false)" }];
  const result = await checkStripe();
  const checks: Check[] = [
    result.reachable
      ? { name: "Stripe", status: "pass", detail: `${result.mode} mode, platform account ${result.accountId} reachable` }
      : { name: "Stripe", status: "fail", detail: `${result.mode} mode, API unreachable: ${result.error}`, fix: "Check STRIPE_SECRET_KEY and outbound HTTPS to api.stripe.com." },
    result.webhookSecret === "missing"
      ? { name: "Stripe webhooks", status: "fail", detail: "no signing secret", fix: "Create the endpoint (README, \"Payouts\") and set STRIPE_WEBHOOK_SECRET to its signing secret." }
      : { name: "Stripe webhooks", status: "pass", detail: `signing secret ${result.webhookSecret}` },
  ];
  if (result.reachable) checks.push(await endpointCheck(env));
  if (env.isProduction && result.mode === "test") checks.push({ name: "Stripe mode", status: "warn", detail: "production is using a test key", fix: "Use an sk_live_ key in production." });
  if (!env.isProduction && result.mode === "live") checks.push({ name: "Stripe mode", status: "warn", detail: "a live key outside production", fix: "Use an sk_test_ key outside production." });
  return checks;
}

/** The Connect webhook endpoint Stripe holds for our URL, as the README says to create it. */
async function endpointCheck(env: Env): Promise<Check> {
  const url = `${env.FRONTEND_URL}/api/v1/webhooks/stripe`;
  let problems: string[];
  try {
    problems = await webhookEndpointProblems(url);
  } catch (error) {
    return { name: "Stripe endpoint", status: "warn", detail: `cannot list webhook endpoints: ${(error as Error).message}`, fix: "Give the key read access to webhook endpoints, or check the endpoint in the Stripe dashboard by hand." };
  }
  if (problems.length === 0) return { name: "Stripe endpoint", status: "pass", detail: `${url}: Connect, enabled, the ${HANDLED_EVENT_TYPES.size} events, API ${STRIPE_API_VERSION}` };
  // The sandbox delivers to whatever app the launcher runs; only a launched app has an endpoint.
  if (env.stripeMode === "sandbox") return { name: "Stripe endpoint", status: "pass", detail: `sandbox: events go straight to the app the launcher runs (${problems.join("; ")})` };
  return { name: "Stripe endpoint", status: "fail", detail: problems.join("; "), fix: `In Stripe → Developers → Webhooks, add ${url} listening to events on connected accounts, at API version ${STRIPE_API_VERSION}, with ${[...HANDLED_EVENT_TYPES].join(", ")}.` };
}

export async function runDoctor(source: Record<string, string | undefined>, databaseUrl: string | undefined): Promise<Check[]> {
  let env: Env;
  try {
    env = parseEnv(source);
  } catch (error) {
    if (error instanceof EnvError) return [{ name: "Configuration", status: "fail", detail: error.problems.join("; "), fix: "Fix the variables listed (see .env.example)." }];
    throw error;
  }
  const checks: Check[] = [{ name: "Configuration", status: "pass", detail: `valid (${env.NODE_ENV})` }];
  if (env.isProduction && !env.FRONTEND_URL.startsWith("https://")) checks.push({ name: "Front end URL", status: "warn", detail: `${env.FRONTEND_URL} is not HTTPS (allowed on loopback only, for trying the build)`, fix: "Serve the app over HTTPS and set FRONTEND_URL to the https:// origin." });
  if (env.sandboxInProduction) checks.push({ name: "Sandboxes", status: "warn", detail: "ALLOW_SANDBOX_IN_PRODUCTION: payouts and email are simulated", fix: "Set the Stripe and email keys and remove ALLOW_SANDBOX_IN_PRODUCTION before real creators sign up." });
  checks.push(...(databaseUrl ? await databaseChecks(env.DIRECT_DATABASE_URL ?? databaseUrl) : [{ name: "Database", status: "fail" as const, detail: "no database URL" }]));
  checks.push(...(await stripeChecks(env)), await emailCheck(env), inngestCheck(env));
  checks.push({
    name: "Feature flags",
    status: "pass",
    detail: `email verification ${env.FEATURE_EMAIL_VERIFICATION ? "on" : "off"}, Stripe Connect ${env.FEATURE_STRIPE_CONNECT ? "on" : "off"}, marketing automation ${env.FEATURE_MARKETING_AUTOMATION ? "on" : "off"}`,
  });
  return checks;
}

export function formatChecks(checks: Check[]): string {
  const mark = { pass: "✓", warn: "!", fail: "✗" };
  const lines = checks.map((check) => `${mark[check.status]} ${check.name.padEnd(16)} ${check.detail}${check.fix ? `\n    → ${check.fix}` : ""}`);
  const failed = checks.filter((check) => check.status === "fail").length;
  lines.push("", failed ? `${failed} check(s) failed.` : "All checks passed.");
  return lines.join("\n");
}
