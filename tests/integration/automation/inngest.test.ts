import { randomBytes } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { GET, POST, PUT } from "@/app/api/inngest/route";
import { db } from "@/lib/db";
import { resetEnvCache } from "@/lib/env";
import { drainOutbox } from "@/lib/outbox/relay";
import { enqueueJobEvent, transactionWithOutbox } from "@/lib/outbox/write";
// The SDK's own request signing (not in its package exports): what Inngest Cloud does to its calls.
import { signDataWithKey } from "../../../node_modules/inngest/helpers/net.js";
import { startInngestStandIn, type InngestStandIn } from "../../support/inngest-stand-in";
import { createCreator } from "../../factories/users";
import { advanceOnboarding } from "@/lib/onboarding/advance";
import { TERMS_VERSION } from "@/lib/onboarding/terms";

// The production job path: the relay sends events to Inngest's event API (a local stand-in
// here, through the SDK's base URL setting), and Inngest calls /api/inngest, signed.

const SIGNING_KEY = `signkey-test-${randomBytes(32).toString("hex")}`;
const SERVE_URL = "http://localhost/api/inngest";
let standIn: InngestStandIn;

beforeAll(async () => {
  standIn = await startInngestStandIn();
  process.env.INNGEST_EVENT_KEY = "test-event-key";
  process.env.INNGEST_SIGNING_KEY = SIGNING_KEY;
  process.env.INNGEST_BASE_URL = standIn.url;
  resetEnvCache();
});

afterAll(async () => {
  delete process.env.INNGEST_EVENT_KEY;
  delete process.env.INNGEST_SIGNING_KEY;
  delete process.env.INNGEST_BASE_URL;
  resetEnvCache();
  await standIn.close();
});

async function signed(method: string, body = "", query = ""): Promise<Request> {
  const ts = String(Math.round(Date.now() / 1000));
  const signature = await signDataWithKey(body, SIGNING_KEY, ts, console);
  return new Request(`${SERVE_URL}${query}`, { method, headers: { "x-inngest-signature": `t=${ts}&s=${signature}`, "content-type": "application/json" }, body: method === "GET" ? undefined : body });
}

describe("events to Inngest", () => {
  it("the relay sends each outbox row as an event whose id is the row id, and a 500 is retried with the same id", async () => {
    const creator = await createCreator();
    standIn.failNextSends(1);
    const sendsBefore = standIn.received.filter((request) => request.path.startsWith("/e/")).length;
    const id = await transactionWithOutbox((tx) => enqueueJobEvent(tx, "creator/activated", { userId: creator.id, stripeAccountId: "acct_standin" }));
    expect(await drainOutbox()).toMatchObject({ sent: 1, failed: 0 });

    const sends = standIn.received.filter((request) => request.path.startsWith("/e/")).slice(sendsBefore);
    expect(sends.map((request) => request.path)).toEqual(["/e/test-event-key", "/e/test-event-key"]);
    for (const send of sends) expect(send.body).toEqual([expect.objectContaining({ id, name: "creator/activated", data: { userId: creator.id, stripeAccountId: "acct_standin" } })]);
    expect(await db.outboxEvent.findUniqueOrThrow({ where: { id } })).toMatchObject({ status: "sent", lastError: null });
  });

  it("a stall's plan and the step that ends it reach Inngest as the two events its cancelOn pairs by planId", async () => {
    const creator = await createCreator({ emailVerified: true });
    const sendsBefore = standIn.received.filter((request) => request.path.startsWith("/e/")).length;
    await transactionWithOutbox((tx) => advanceOnboarding(tx, creator.id, "terms_accepted", { termsVersion: TERMS_VERSION }));
    await drainOutbox();
    await transactionWithOutbox((tx) => advanceOnboarding(tx, creator.id, "profile_completed"));
    await drainOutbox();
    const events = standIn.received
      .filter((request) => request.path.startsWith("/e/"))
      .slice(sendsBefore)
      .flatMap((request) => request.body as Array<{ name: string; data: { planId: string; userId: string; sequence: string } }>)
      .filter((event) => event.data.userId === creator.id);
    const planned = events.find((event) => event.name === "creator/nudges-planned" && event.data.sequence === "profile_not_filled");
    const cancelled = events.find((event) => event.name === "creator/nudges-cancelled");
    expect(planned).toBeDefined();
    expect(cancelled?.data).toEqual(planned?.data);
  });

  it("when Inngest keeps failing, the row stays pending with the error, for a later pass", async () => {
    const creator = await createCreator();
    standIn.failNextSends(100);
    try {
      const id = await transactionWithOutbox((tx) => enqueueJobEvent(tx, "creator/activated", { userId: creator.id }));
      expect(await drainOutbox()).toMatchObject({ sent: 0, failed: 1 });
      const row = await db.outboxEvent.findUniqueOrThrow({ where: { id } });
      expect(row).toMatchObject({ status: "pending", attempts: 1 });
      expect(row.lastError).toBeTruthy();
      expect(row.availableAt.getTime()).toBeGreaterThan(Date.now());
    } finally {
      standIn.failNextSends(0);
    }
  });
});

describe("/api/inngest, called as Inngest Cloud calls it", () => {
  it("refuses unsigned introspection and unsigned function calls", async () => {
    expect((await GET(new Request(SERVE_URL), {})).status).toBe(401);
    const run = await POST(new Request(`${SERVE_URL}?fnId=ofm-onboarding-analyse-account-size&stepId=step`, { method: "POST", body: "{}" }), {});
    expect(run.status).toBe(401);
  });

  it("refuses a request signed with another key", async () => {
    const ts = String(Math.round(Date.now() / 1000));
    const forged = await signDataWithKey("", `signkey-test-${randomBytes(32).toString("hex")}`, ts, console);
    expect((await GET(new Request(SERVE_URL, { headers: { "x-inngest-signature": `t=${ts}&s=${forged}` } }), {})).status).toBe(401);
  });

  it("answers signed introspection with the six functions", async () => {
    const response = await GET(await signed("GET"), {});
    expect(response.status).toBe(200);
    const body = await response.json();
    expect(body).toMatchObject({ authentication_succeeded: true, function_count: 6, mode: "cloud" });
  });

  it("a sync registers the six functions, their triggers, retries and cancellation, with the Inngest API", async () => {
    const response = await PUT(new Request(SERVE_URL, { method: "PUT" }), {});
    expect(response.status).toBe(200);
    const register = standIn.received.filter((request) => request.path.startsWith("/fn/register")).at(-1)!;
    expect(register.headers.authorization).toMatch(/^Bearer signkey-test-[0-9a-f]{64}$/);
    expect(register.headers.authorization).not.toContain(SIGNING_KEY.slice(13));
    const functions = (register.body as { functions: Array<{ id: string; triggers: unknown[]; cancel?: unknown[]; steps: Record<string, { retries?: { attempts: number } }> }> }).functions;
    expect(functions.map((fn) => fn.id).sort()).toEqual([
      "ofm-onboarding-analyse-account-size",
      "ofm-onboarding-analyse-content-categories",
      "ofm-onboarding-analyse-pricing-tier",
      "ofm-onboarding-housekeeping",
      "ofm-onboarding-outbox-relay",
      "ofm-onboarding-send-nudges",
    ]);
    for (const analysis of ["account-size", "pricing-tier", "content-categories"]) {
      expect(functions.find((fn) => fn.id === `ofm-onboarding-analyse-${analysis}`)).toMatchObject({ triggers: [{ event: "creator/activated" }], steps: { step: { retries: { attempts: 3 } } } });
    }
    expect(functions.find((fn) => fn.id === "ofm-onboarding-send-nudges")).toMatchObject({
      triggers: [{ event: "creator/nudges-planned" }],
      cancel: [{ event: "creator/nudges-cancelled", if: "async.data.planId == event.data.planId" }],
    });
    expect(functions.find((fn) => fn.id === "ofm-onboarding-outbox-relay")).toMatchObject({ triggers: [{ cron: "* * * * *" }] });
    expect(functions.find((fn) => fn.id === "ofm-onboarding-housekeeping")).toMatchObject({ triggers: [{ cron: "17 * * * *" }] });
  });
});
