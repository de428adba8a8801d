import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { POST as register } from "@/app/api/v1/auth/register/route";
import { db, disconnectDb } from "@/lib/db";
import { freePort, startEmbeddedPostgres, type EmbeddedDatabase } from "@/lib/db/embedded-postgres";
import { applyMigrations } from "@/lib/db/schema-engine";
import { resetEnvCache } from "@/lib/env";
import { startPayoutsOnboarding } from "@/lib/onboarding/payouts";
import { callRoute, randomIp } from "../support/http";
import { stripeSandbox } from "../support/integration-database";
import { deliverEvent } from "../support/stripe";
import { createCreatorReadyForPayouts, uniqueEmail } from "../factories/users";

// This file runs against a PostgreSQL of its own, which it stops and starts in the middle of
// a registration and webhook load.
const parent = fs.mkdtempSync(path.join(os.tmpdir(), "ofm-restart-"));
fs.chmodSync(parent, 0o755);
const dataDir = path.join(parent, "data");
const port = await freePort();
let server: EmbeddedDatabase = await startEmbeddedPostgres({ dataDir, persistent: true, port });
await applyMigrations(server.url);
await disconnectDb();
process.env.DATABASE_URL = server.url;
resetEnvCache();

afterAll(async () => {
    await disconnectDb();
  await server.stop();
  fs.rmSync(parent, { recursive: true, force: true });
});

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe("database restart under load", () => {
  it("requests fail cleanly while it is down, the app recovers by itself, nothing is half-written", async () => {
    const creators = await Promise.all(Array.from({ length: 20 }, () => createCreatorReadyForPayouts()));
    const accounts = await Promise.all(creators.map(async (creator) => (await startPayoutsOnboarding(creator.id)).accountId));

    let running = true;
    const registrations: Array<{ email: string; status: number }> = [];
    const webhooks: number[] = [];
    const registrationLoad = (async () => {
      while (running) {
        const email = uniqueEmail("restart");
        const response = await callRoute(register, "POST", "/api/v1/auth/register", { body: { email, password: "violet tram orbit canvas" }, ip: randomIp() });
        registrations.push({ email, status: response.status });
      }
    })();
    const webhookLoad = (async () => {
      for (let index = 0; running; index++) {
        const accountId = accounts[index % accounts.length];
        const [event] = await stripeSandbox.completeOnboarding(accountId, index % 2 ? "complete" : "verifying", { hold: true });
        webhooks.push((await deliverEvent(event)).status);
      }
    })();

    await sleep(1500);
    await server.stop();
    await sleep(1500);
    server = await startEmbeddedPostgres({ dataDir, persistent: true, port });
    await sleep(2500);
    running = false;
    await Promise.all([registrationLoad, webhookLoad]);

    const statuses = [...registrations.map((entry) => entry.status), ...webhooks];
    console.log(`restart: ${registrations.length} registrations, ${webhooks.length} webhooks; statuses ${JSON.stringify(Object.fromEntries([...new Set(statuses)].map((status) => [status, statuses.filter((s) => s === status).length])))}`);
    expect(statuses.filter((status) => status >= 500 && status !== 503)).toEqual([]);
    expect(statuses).toContain(503);

    // Recovered without a restart of the app: the last requests succeeded.
    expect(registrations.at(-1)!.status).toBe(201);
    expect(webhooks.at(-1)).toBe(200);

    // Every 201 is a complete account, and there is no account without a 201.
    const created = registrations.filter((entry) => entry.status === 201).map((entry) => entry.email);
    const users = await db.user.findMany({ where: { email: { startsWith: "restart-" } }, include: { profile: true, onboardingSession: true } });
    expect(users.map((user) => user.email).sort()).toEqual([...created].sort());
    expect(users.every((user) => user.profile && user.onboardingSession)).toBe(true);
    // …and each has its verification email queued, once.
    const queued = await db.outboxEvent.groupBy({ by: ["payload"], where: { name: "email/verify-email" }, _count: true });
    expect(queued.filter((row) => users.some((user) => (row.payload as { userId: string }).userId === user.id)).map((row) => row._count)).toEqual(users.map(() => 1));
  });
});
