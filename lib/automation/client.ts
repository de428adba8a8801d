import { Inngest } from "inngest";
import { env } from "@/lib/env";
import { logger } from "@/lib/observability/logger";

let client: Inngest | undefined;

/** The Inngest client (cloud mode reads INNGEST_EVENT_KEY; signing is handled by `serve`). */
export function inngest(): Inngest {
  client ??= new Inngest({ id: "ofm-onboarding", eventKey: env().INNGEST_EVENT_KEY, logger: logger() });
  return client;
}
