// npm run stripe:check — key mode, whether Stripe answers, and whether webhooks can be verified.
// In sandbox mode (no key) it checks the SDK against a local sandbox started for the check.
import { openLocalDatabase } from "@/lib/db/local";
import { env, parseEnv, resetEnvCache } from "@/lib/env";
import { startLocalSandboxes, type LocalSandboxes } from "@/lib/sandbox/start";
import { checkStripe } from "@/lib/stripe/check";

let database: Awaited<ReturnType<typeof openLocalDatabase>> | undefined;
let sandboxes: LocalSandboxes | undefined;
if (env().stripeMode === "sandbox" && !env().STRIPE_SANDBOX_URL) {
  database = await openLocalDatabase({ databaseUrl: process.env.DATABASE_URL, ephemeral: !process.env.DATABASE_URL });
  sandboxes = await startLocalSandboxes(parseEnv(process.env), { databaseUrl: database.url, services: ["stripe"] });
  Object.assign(process.env, sandboxes.env);
  resetEnvCache();
}

const result = await checkStripe();
const mark = (ok: boolean) => (ok ? "✓" : "✗");
console.log(`${mark(true)} mode: ${result.mode}${result.mode === "sandbox" ? " (no STRIPE_SECRET_KEY: local sandbox)" : ""}`);
console.log(`${mark(result.reachable)} Stripe API: ${result.reachable ? `reachable, platform account ${result.accountId}${result.accountName ? ` (${result.accountName})` : ""}` : `unreachable — ${result.error}`}`);
console.log(`${mark(result.webhookSecret !== "missing")} webhook secret: ${result.webhookSecret === "missing" ? "missing — set STRIPE_WEBHOOK_SECRET (whsec_…) from the webhook endpoint in the Stripe dashboard" : result.webhookSecret}`);
await sandboxes?.close();
await database?.stop();
process.exit(result.reachable && result.webhookSecret !== "missing" ? 0 : 1);
