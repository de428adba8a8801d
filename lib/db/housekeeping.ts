import { logger } from "@/lib/observability/logger";

// Retention work that no request does (docs/operations.md, "Retention"). Every instance runs
// every task hourly: each is one idempotent statement, so two instances doing it at once only
// find nothing left to do the second time.

const HOUSEKEEPING_INTERVAL_MS = 60 * 60 * 1000;

/** A task returns how many rows it pruned. */
export type HousekeepingTasks = Record<string, () => Promise<number>>;

export async function runHousekeeping(tasks: HousekeepingTasks): Promise<Record<string, number>> {
  const pruned: Record<string, number> = {};
  for (const [name, task] of Object.entries(tasks)) {
    try {
      pruned[name] = await task();
    } catch (error) {
      logger().warn({ err: error, task: name }, "housekeeping task failed; it runs again in an hour");
    }
  }
  return pruned;
}

/** Runs the tasks a minute after start-up, then hourly; never keeps the process alive. */
export function startHousekeeping(tasks: HousekeepingTasks): () => void {
  const pass = () => void runHousekeeping(tasks).then((pruned) => logger().info({ pruned }, "housekeeping"));
  const first = setTimeout(pass, 60_000);
  const timer = setInterval(pass, HOUSEKEEPING_INTERVAL_MS);
  first.unref();
  timer.unref();
  return () => {
    clearTimeout(first);
    clearInterval(timer);
  };
}
