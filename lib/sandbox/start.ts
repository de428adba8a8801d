import type { Env } from "@/lib/env";
import { startMailSandbox } from "@/lib/sandbox/mail";
import { sandboxKeyPair, sandboxSecret } from "@/lib/sandbox/secrets";
import { startStripeSandbox, type StripeSandbox } from "@/lib/sandbox/stripe";

export interface LocalSandboxes {
  /** What the app process needs to reach them (MAIL_SANDBOX_URL, STRIPE_SANDBOX_URL, the webhook secret). */
  env: Record<string, string>;
  stripe?: StripeSandbox;
  close: () => Promise<void>;
  describe: string[];
}

/**
 * Starts the sandboxes for the services that have no keys (and no sandbox already given),
 * for the launcher and the operator commands. Never starts one for a service with real keys.
 */
export async function startLocalSandboxes(config: Env, options: { databaseUrl: string; appUrl?: string; services?: Array<"mail" | "stripe"> }): Promise<LocalSandboxes> {
  const wanted = new Set(options.services ?? ["mail", "stripe"]);
  const env: Record<string, string> = {};
  const closers: Array<() => Promise<void>> = [];
  const describe: string[] = [];
  let stripe: StripeSandbox | undefined;
  if (config.EMAIL_PROVIDER === "sandbox" && wanted.has("mail")) {
    env.MAIL_SANDBOX_WEBHOOK_SECRET = config.MAIL_SANDBOX_WEBHOOK_SECRET ?? (await sandboxSecret(options.databaseUrl, "mail_webhook_secret"));
    const sendgridKey = config.MAIL_SANDBOX_SENDGRID_PUBLIC_KEY ?? (await sandboxKeyPair(options.databaseUrl, "sendgrid_event_key").catch(() => undefined))?.publicKeyBase64;
    if (sendgridKey) env.MAIL_SANDBOX_SENDGRID_PUBLIC_KEY = sendgridKey;
    if (!config.MAIL_SANDBOX_URL) {
      const webhookUrl = options.appUrl && `${options.appUrl}/api/v1/webhooks/resend`;
      const mail = await startMailSandbox({ databaseUrl: options.databaseUrl, webhookUrl, webhookSecret: env.MAIL_SANDBOX_WEBHOOK_SECRET });
      closers.push(mail.close);
      env.MAIL_SANDBOX_URL = mail.url;
      describe.push(`Email sandbox at ${mail.url}, speaking ${config.emailApi}'s API (messages at /dev/mailbox${webhookUrl ? `, delivery events to /api/v1/webhooks/${config.emailApi}` : ""})`);
    }
  }
  if (config.stripeMode === "sandbox" && wanted.has("stripe")) {
    env.STRIPE_SANDBOX_WEBHOOK_SECRET = config.STRIPE_SANDBOX_WEBHOOK_SECRET ?? (await sandboxSecret(options.databaseUrl, "stripe_webhook_secret"));
    if (!config.STRIPE_SANDBOX_URL) {
      const webhookUrl = options.appUrl && `${options.appUrl}/api/v1/webhooks/stripe`;
      stripe = await startStripeSandbox({ databaseUrl: options.databaseUrl, webhookUrl, webhookSecret: env.STRIPE_SANDBOX_WEBHOOK_SECRET, platformCountry: config.STRIPE_PLATFORM_COUNTRY });
      closers.push(stripe.close);
      env.STRIPE_SANDBOX_URL = stripe.url;
      describe.push(`Stripe sandbox at ${stripe.url}${webhookUrl ? " (webhooks to /api/v1/webhooks/stripe)" : ""}`);
    }
  }
  return { env, stripe, describe, close: async () => void (await Promise.all(closers.map((close) => close()))) };
}
