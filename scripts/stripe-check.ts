// npm run stripe:check — key mode, whether Stripe answers, and whether webhooks can be verified.
// In sandbox mode (no key) it checks the SDK against a local sandbox started for the check.
import { env } from "@/lib/env";
import { startStripeSandbox } from "@/lib/sandbox/stripe";
import { checkStripe } from "@/lib/stripe/check";

const sandbox = env().stripeMode === "sandbox" && !env().STRIPE_SANDBOX_URL ? await startStripeSandbox() : undefined;
if (sandbox) process.env.STRIPE_SANDBOX_URL = sandbox.url;
const { resetEnvCache } = await import("@/lib/env");
resetEnvCache();

const result = await checkStripe();
const mark = (ok: boolean) => (ok ? "✓" : "✗");
console.log(`${mark(true)} mode: ${result.mode}${result.mode === "sandbox" ? " (no STRIPE_SECRET_KEY: local sandbox)" : ""}`);
console.log(`${mark(result.reachable)} Stripe API: ${result.reachable ? `reachable, platform account ${result.accountId}${result.accountName ? ` (${result.accountName})` : ""}` : `unreachable — ${result.error}`}`);
console.log(`${mark(result.webhookSecret !== "missing")} webhook secret: ${result.webhookSecret === "missing" ? "missing — set STRIPE_WEBHOOK_SECRET (whsec_…) from the webhook endpoint in the Stripe dashboard" : result.webhookSecret}`);
await sandbox?.close();
process.exit(result.reachable && result.webhookSecret !== "missing" ? 0 : 1);
