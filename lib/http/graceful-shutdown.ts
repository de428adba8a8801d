import diagnostics from "node:diagnostics_channel";
import type { Server, ServerResponse } from "node:http";
import { setTimeout as sleep } from "node:timers/promises";
import { logger } from "@/lib/observability/logger";

// A rolling deploy takes an instance out of the load balancer and stops it with SIGTERM while
// traffic flows. This instance then:
//   1. says "draining" on /api/ready and answers every request with `Connection: close`, while
//      still serving for SHUTDOWN_DELAY_SECONDS: the time a load balancer needs to stop sending
//      (a readiness probe's period, Kubernetes' endpoint update, a proxy's reload);
//   2. stops accepting connections;
//   3. finishes the requests it has, within SHUTDOWN_GRACE_SECONDS of the signal;
//   4. stops its background work, which hands back its leases (outbox rows, workflows), and exits 0.
// Step 2 must come after the balancer has stopped sending: a connection it opens as the listener
// closes is reset, and a proxy never retries a POST it has sent (docs/operations.md, "Deploys").
// Next.js's own handler would exit 143 as soon as the requests end, before step 4: it is turned
// off with NEXT_MANUAL_SIG_HANDLE=true (set by `npm start`, the Docker image and the cluster run).
//
// Node's `http.server.request.start` diagnostics channel reports every request with its server,
// which Next.js does not otherwise expose.

const REQUEST_START = "http.server.request.start";

interface ShutdownPlan {
  /** Step 1's length. */
  delaySeconds: number;
  /** From the signal to the exit, at most. */
  graceSeconds: number;
  /** Stops what runs beside the requests (relay, job runner, housekeeping) and closes the pool. */
  stopBackgroundWork: () => Promise<void>;
  exit?: (code: number) => void;
}

/** One instance's traffic and its drain. */
export class Drain {
  readonly servers = new Set<Server>();
  readonly inFlight = new Set<ServerResponse>();
  draining = false;
  private finished: Promise<number> | undefined;

  constructor(private readonly plan: ShutdownPlan) {}

  private readonly onRequest = (message: unknown) => {
    const { server, response } = message as { server: Server; response: ServerResponse };
    this.servers.add(server);
    this.inFlight.add(response);
    response.once("close", () => this.inFlight.delete(response));
    if (this.draining) response.setHeader("connection", "close");
  };

  /** Starts counting this process's requests (every HTTP server in it). */
  track(): this {
    diagnostics.subscribe(REQUEST_START, this.onRequest);
    return this;
  }

  untrack(): void {
    diagnostics.unsubscribe(REQUEST_START, this.onRequest);
  }

  /** The four steps above; resolves with the exit code it exited with. A second call joins the first. */
  shutDown(): Promise<number> {
    this.finished ??= this.drain();
    return this.finished;
  }

  private async drain(): Promise<number> {
    this.draining = true;
    const started = Date.now();
    const deadline = started + this.plan.graceSeconds * 1000;
    logger().info({ inFlight: this.inFlight.size, delaySeconds: this.plan.delaySeconds, graceSeconds: this.plan.graceSeconds }, "draining: not ready, closing connections after their answers");
    await sleep(Math.min(this.plan.delaySeconds, this.plan.graceSeconds) * 1000);
    // Node also closes the idle kept connections here (after the delay, there should be none).
    for (const server of this.servers) server.close();
    const requestsDone = await this.requestsFinished(deadline);
    const backgroundDone = await withinDeadline(
      this.plan.stopBackgroundWork().catch((error: unknown) => logger().error({ err: error }, "stopping background work failed")),
      deadline,
    );
    const code = requestsDone && backgroundDone ? 0 : 1;
    logger()[code === 0 ? "info" : "error"](
      { milliseconds: Date.now() - started, requestsLeft: this.inFlight.size, backgroundDone },
      code === 0 ? "drained; exiting" : "grace period over before everything finished; exiting",
    );
    (this.plan.exit ?? process.exit)(code);
    return code;
  }

  private async requestsFinished(deadline: number): Promise<boolean> {
    while (this.inFlight.size > 0 && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 50));
    return this.inFlight.size === 0;
  }
}

async function withinDeadline(work: Promise<unknown>, deadline: number): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<false>((resolve) => (timer = setTimeout(() => resolve(false), Math.max(0, deadline - Date.now()))));
  try {
    return await Promise.race([work.then(() => true), late]);
  } finally {
    clearTimeout(timer);
  }
}

// instrumentation.ts and the route handlers are bundled apart: the process's drain is on globalThis.
const globalForDrain = globalThis as unknown as { ofmDrain?: Drain };

/** True from the shutdown signal on: /api/ready answers 503. */
export function isDraining(): boolean {
  return globalForDrain.ofmDrain?.draining ?? false;
}

/** Installs the drain on SIGTERM (what orchestrators send) and SIGINT (Ctrl-C under `npm start`). */
export function installGracefulShutdown(plan: ShutdownPlan): Drain {
  globalForDrain.ofmDrain?.untrack();
  const drain = new Drain(plan).track();
  globalForDrain.ofmDrain = drain;
  for (const signal of ["SIGTERM", "SIGINT"] as const) process.once(signal, () => void drain.shutDown());
  return drain;
}
