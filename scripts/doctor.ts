// npm run doctor — checks the configuration end to end and prints what to fix.
// Without DATABASE_URL it checks the embedded database and the Stripe sandbox, started for the check.
import { openLocalDatabase } from "@/lib/db/local";
import { env, parseEnv } from "@/lib/env";
import { formatChecks, runDoctor } from "@/lib/observability/doctor";
import { startLocalSandboxes, type LocalSandboxes } from "@/lib/sandbox/start";

let database: Awaited<ReturnType<typeof openLocalDatabase>> | undefined;
let sandboxes: LocalSandboxes | undefined;
try {
  database = await openLocalDatabase({ databaseUrl: process.env.DATABASE_URL, ephemeral: !process.env.DATABASE_URL });
} catch (error) {
  // Reported by the checks below (the configuration may be what is broken).
  if (!process.env.DATABASE_URL) console.error(`Could not start the embedded database: ${(error as Error).message}`);
}
try {
  if (database) {
    sandboxes = await startLocalSandboxes(parseEnv(process.env), { databaseUrl: database.url });
    Object.assign(process.env, sandboxes.env);
  }
  env();
} catch {
  // runDoctor reports configuration problems itself.
}
const checks = await runDoctor(process.env, database?.url ?? process.env.DATABASE_URL);
console.log(formatChecks(checks));
await sandboxes?.close();
await database?.stop();
process.exit(checks.some((check) => check.status === "fail") ? 1 : 0);
