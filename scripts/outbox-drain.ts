// npm run outbox:drain — deliver every due outbox row now (emails and job events; what the
// app's relay does after each commit and every few seconds). In local mode the analyses run in
// this process, so it waits for them to finish.
import { env, parseEnv } from "@/lib/env";
import { openLocalDatabase } from "@/lib/db/local";
import { startLocalSandboxes } from "@/lib/sandbox/start";

const database = await openLocalDatabase({ databaseUrl: process.env.DATABASE_URL });
process.env.DATABASE_URL = database.url;
const sandboxes = await startLocalSandboxes(parseEnv(process.env), { databaseUrl: database.url });
Object.assign(process.env, sandboxes.env);
const { drainOutbox, outboxBacklog } = await import("@/lib/outbox/relay");
const { localRunnerIdle } = await import("@/lib/automation/local-runner");
const { disconnectDb } = await import("@/lib/db");

try {
  const result = await drainOutbox();
  const backlog = await outboxBacklog();
  console.log(`✓ sent ${result.sent}, skipped ${result.skipped} (${env().inngestMode} mode); ${backlog.pending} pending, ${backlog.dead} dead`);
  if (result.failed || result.dead) {
    console.error(`✗ ${result.failed} row(s) failed and will be retried, ${result.dead} gave up (see Admin → System)`);
    process.exitCode = 1;
  }
  if (env().inngestMode === "local" && result.sent > 0) {
    console.log("  running the analyses in this process (AUTOMATION_DELAY_SCALE shortens the 5 and 10 minute delays)…");
    await localRunnerIdle();
  }
} finally {
  await disconnectDb();
  await sandboxes.close();
  await database.stop();
}
