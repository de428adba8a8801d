import { env } from "@/lib/env";
import { inngest } from "@/lib/automation/client";
import { runLocally } from "@/lib/automation/local-runner";

export interface JobEvent {
  /** The outbox row id: Inngest drops a re-sent event with the same id. */
  id: string;
  name: string;
  data: Record<string, unknown>;
}

/** Hands events to the job engine: Inngest in cloud mode, the in-process runner otherwise. */
export async function sendJobEvents(events: JobEvent[]): Promise<void> {
  if (env().inngestMode === "local") {
    for (const event of events) runLocally(event);
    return;
  }
  await inngest().send(events);
}
