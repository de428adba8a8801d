import { Inngest } from "inngest";
import { env, type Env } from "@/lib/env";
import { logger } from "@/lib/observability/logger";

let client: { for: Env; inngest: Inngest } | undefined;

/**
 * The Inngest client (cloud mode reads INNGEST_EVENT_KEY; signing is handled by `serve`), built
 * again when the configuration is re-read.
 */
export function inngest(): Inngest {
  const current = env();
  if (client?.for !== current) {
    client = { for: current, inngest: new Inngest({
      id: "ofm-onboarding",
      eventKey: current.INNGEST_EVENT_KEY,
      signingKey: current.INNGEST_SIGNING_KEY,
      baseUrl: current.INNGEST_BASE_URL,
      // Production never runs in dev mode (no signature checks), whatever the SDK reads from the environment.
      ...(current.isProduction ? { isDev: false } : {}),
      logger: logger(),
    }) };
  }
  return client.inngest;
}
