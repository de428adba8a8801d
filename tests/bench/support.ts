// Shared set-up for the benchmark scripts: a throwaway embedded PostgreSQL and the sandboxes,
// wired into the environment before any app module reads it.
import { openLocalDatabase } from "@/lib/db/local";
import { startMailSandbox } from "@/lib/sandbox/mail";
import { throwawaySecret } from "@/lib/sandbox/secrets";
import { startStripeSandbox } from "@/lib/sandbox/stripe";

export async function benchEnvironment() {
  const database = await openLocalDatabase({ ephemeral: true });
  process.env.STRIPE_SANDBOX_WEBHOOK_SECRET = throwawaySecret();
  process.env.MAIL_SANDBOX_WEBHOOK_SECRET = throwawaySecret();
  const mail = await startMailSandbox({ databaseUrl: database.url, webhookSecret: process.env.MAIL_SANDBOX_WEBHOOK_SECRET });
  const stripe = await startStripeSandbox({ databaseUrl: database.url, webhookSecret: process.env.STRIPE_SANDBOX_WEBHOOK_SECRET, rateLimitPerSecond: 100 });
  process.env.DATABASE_URL = database.url;
  process.env.MAIL_SANDBOX_URL = mail.url;
  process.env.STRIPE_SANDBOX_URL = stripe.url;
  process.env.LOG_LEVEL = "silent";
  return {
    database,
    mail,
    stripe,
    async close() {
      const { disconnectDb } = await import("@/lib/db");
      await disconnectDb();
      await Promise.all([mail.close(), stripe.close()]);
      await database.stop();
    },
  };
}

export function percentile(sorted: number[], fraction: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * fraction))];
}
