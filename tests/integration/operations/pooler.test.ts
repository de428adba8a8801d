import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CreatorFilters, listCreators } from "@/lib/admin/creators";
import { loadFunnel } from "@/lib/admin/funnel";
import { setAccountDisabled } from "@/lib/admin/team";
import { registerCreator } from "@/lib/auth/register";
import { db, disconnectDb } from "@/lib/db";
import { freePort } from "@/lib/db/embedded-postgres";
import { resetEnvCache } from "@/lib/env";
import { consumeRateLimit } from "@/lib/http/rate-limit";
import { acceptTerms, TERMS_VERSION } from "@/lib/onboarding/terms";
import { drainOutbox } from "@/lib/outbox/relay";
import { createAdmin, createCreator, uniqueEmail } from "../../factories/users";
import { asPostgresWhenRoot } from "../../support/system-user";

// The app through a transaction-mode pooler (PgBouncer, as managed PostgreSQL offerings put in
// front of the database): two server connections for a pool of ten, so every transaction may
// land on a different server connection. Anything that kept session state (SET, session
// advisory locks, named prepared statements, LISTEN) would break here.

const PGBOUNCER = "/usr/sbin/pgbouncer";
const SERVER_CONNECTIONS = 2;
let bouncer: ChildProcess;
let bouncerUrl: string;
let adminUrl: string;
const directUrl = process.env.DATABASE_URL!;

async function startPgBouncer(): Promise<void> {
  if (!fs.existsSync(PGBOUNCER)) throw new Error(`${PGBOUNCER} is missing: npm test installs Debian's pgbouncer package`);
  const target = new URL(directUrl);
  const port = await freePort();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "ofm-pgbouncer-"));
  fs.chmodSync(dir, 0o755);
  const user = decodeURIComponent(target.username);
  const password = decodeURIComponent(target.password);
  const database = target.pathname.slice(1);
  fs.writeFileSync(path.join(dir, "userlist.txt"), `"${user}" "${password}"\n`, { mode: 0o644 });
  fs.writeFileSync(
    path.join(dir, "pgbouncer.ini"),
    [
      "[databases]",
      `${database} = host=${target.hostname} port=${target.port} dbname=${database}`,
      "[pgbouncer]",
      "listen_addr = 127.0.0.1",
      `listen_port = ${port}`,
      "unix_socket_dir =",
      "auth_type = plain",
      `auth_file = ${path.join(dir, "userlist.txt")}`,
      `admin_users = ${user}`,
      "pool_mode = transaction",
      `default_pool_size = ${SERVER_CONNECTIONS}`,
      "max_client_conn = 200",
      "ignore_startup_parameters = extra_float_digits,options",
    ].join("\n"),
    { mode: 0o644 },
  );
  // PgBouncer, like PostgreSQL, refuses to run as root: it runs as the postgres system user
  // that the embedded PostgreSQL created.
  bouncer = spawn(PGBOUNCER, [path.join(dir, "pgbouncer.ini")], { stdio: ["ignore", "ignore", "pipe"], ...asPostgresWhenRoot() });
  const credentials = `${encodeURIComponent(user)}:${encodeURIComponent(password)}`;
  bouncerUrl = `postgresql://${credentials}@127.0.0.1:${port}/${database}`;
  adminUrl = `postgresql://${credentials}@127.0.0.1:${port}/pgbouncer`;
  for (let attempt = 0; ; attempt++) {
    const client = new pg.Client({ connectionString: bouncerUrl });
    try {
      await client.connect();
      await client.query("SELECT 1");
      await client.end();
      return;
    } catch (error) {
      await client.end().catch(() => {});
      if (attempt > 50) throw error;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
}

async function serverConnections(): Promise<number> {
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  try {
    const { rows } = await admin.query("SHOW SERVERS");
    return rows.length;
  } finally {
    await admin.end();
  }
}

async function pointAppAt(url: string): Promise<void> {
  await disconnectDb();
  process.env.DATABASE_URL = url;
  resetEnvCache();
}

beforeAll(async () => {
  await startPgBouncer();
  await pointAppAt(bouncerUrl);
}, 30_000);

afterAll(async () => {
  await pointAppAt(directUrl);
  bouncer?.kill("SIGTERM");
});

describe("through PgBouncer in transaction mode", () => {
  it("registers, moves creators through the wizard, relays the outbox and answers the admin, concurrently, on two server connections", async () => {
    const emails = Array.from({ length: 12 }, () => uniqueEmail("pooled"));
    const registrations = await Promise.all(emails.map((email) => registerCreator({ email, password: "violet tram orbit canvas" })));
    expect(registrations.every((registration) => registration.outcome === "created")).toBe(true);

    const verified = await Promise.all(Array.from({ length: 12 }, () => createCreator({ emailVerified: true })));
    await Promise.all(verified.map((creator) => acceptTerms(creator.id, TERMS_VERSION)));
    await Promise.all([
      drainOutbox(),
      listCreators({ id: "admin", role: "admin" }, CreatorFilters.parse({ q: "pooled" })),
      loadFunnel({ id: "admin", role: "admin" }, 30),
      ...emails.map((email) => consumeRateLimit("resend", { ip: "198.51.100.7", email })),
    ]);

    expect(await db.user.count({ where: { email: { in: emails } } })).toBe(12);
    expect(await db.onboardingSession.count({ where: { userId: { in: verified.map((creator) => creator.id) }, termsAcceptedAt: { not: null } } })).toBe(12);
    // Every verification email queued by the registrations went out through the relay.
    expect(await db.outboxEvent.count({ where: { status: "pending", name: { startsWith: "email/" } } })).toBe(0);
    expect((await listCreators({ id: "admin", role: "admin" }, CreatorFilters.parse({ q: "pooled" }))).total).toBe(12);
    expect(await serverConnections()).toBeLessThanOrEqual(SERVER_CONNECTIONS);
  });

  it("a transaction-scoped advisory lock still protects the last admin when two transactions race", async () => {
    await db.user.updateMany({ where: { role: "admin" }, data: { disabledAt: new Date() } });
    const [left, right] = [await createAdmin(), await createAdmin()];
    const results = await Promise.allSettled([setAccountDisabled(left, right.id, true), setAccountDisabled(right, left.id, true)]);
    expect(results.filter((result) => result.status === "fulfilled")).toHaveLength(1);
    expect(await db.user.count({ where: { id: { in: [left.id, right.id] }, disabledAt: null } })).toBe(1);
    await db.user.updateMany({ where: { role: "admin" }, data: { disabledAt: null } });
  });
});
