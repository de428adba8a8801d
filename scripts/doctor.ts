// npm run doctor — checks the configuration end to end and prints what to fix.
// Without DATABASE_URL it checks the embedded database and the Stripe sandbox, started for the check.
import { openLocalDatabase } from "@/lib/db/local";
import { env } from "@/lib/env";
import { formatChecks, runDoctor } from "@/lib/observability/doctor";
import { startStripeSandbox } from "@/lib/sandbox/stripe";

let database: Awaited<ReturnType<typeof openLocalDatabase>> | undefined;
let sandbox: Awaited<ReturnType<typeof startStripeSandbox>> | undefined;
try {
  database = await openLocalDatabase({ databaseUrl: process.env.DATABASE_URL, ephemeral: !process.env.DATABASE_URL });
  if (!process.env.STRIPE_SECRET_KEY && !process.env.STRIPE_SANDBOX_URL) {
    sandbox = await startStripeSandbox();
    process.env.STRIPE_SANDBOX_URL = sandbox.url;
  }
} catch (error) {
  // Reported by the checks below (the configuration may be what is broken).
  if (!process.env.DATABASE_URL) console.error(`Could not start the embedded database: ${(error as Error).message}`);
}
try {
  env();
} catch {
  // runDoctor reports configuration problems itself.
}
const checks = await runDoctor(process.env, database?.url ?? process.env.DATABASE_URL);
console.log(formatChecks(checks));
await sandbox?.close();
await database?.stop();
process.exit(checks.some((check) => check.status === "fail") ? 1 : 0);
