// npm run outbox:drain — relay every pending outbox event now (what the schedule does every
// minute). In local mode the analyses run in this process, so it waits for them to finish.
import { env } from "@/lib/env";
import { openLocalDatabase } from "@/lib/db/local";

const database = await openLocalDatabase({ databaseUrl: process.env.DATABASE_URL });
process.env.DATABASE_URL = database.url;
const { drainOutbox, outboxBacklog } = await import("@/lib/automation/outbox");
const { localRunnerIdle } = await import("@/lib/automation/local-runner");
const { disconnectDb } = await import("@/lib/db");

try {
  let total = 0;
  for (;;) {
    const result = await drainOutbox();
    total += result.sent;
    if (result.failed) {
      console.error(`✗ ${result.failed} event(s) could not be sent: ${result.error}`);
      process.exitCode = 1;
      break;
    }
    if (result.sent === 0) break;
  }
  const backlog = await outboxBacklog();
  console.log(`✓ sent ${total} event(s) (${env().inngestMode} mode); ${backlog.pending} still pending`);
  if (env().inngestMode === "local" && total > 0) {
    console.log("  running the analyses in this process (AUTOMATION_DELAY_SCALE shortens the 5 and 10 minute delays)…");
    await localRunnerIdle();
  }
} finally {
  await disconnectDb();
  await database.stop();
}
