import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { freePort } from "@/lib/db/embedded-postgres";
import { applyMigrations, listMigrations } from "@/lib/db/schema-engine";
import { asPostgresWhenRoot } from "../../support/system-user";

// The operator's restore drill (docs/operations.md), run for real: pg_dump and pg_restore must
// match the server's major version, and Debian's packages here carry PostgreSQL 15 (the
// embedded server is 18). So the drill runs against a PostgreSQL 15 server holding the real
// migrations and seeded creators, and against the embedded 18 server it must refuse with the fix.

const PG15 = "/usr/lib/postgresql/15/bin";
let dataDir: string;
let serverUrl: string;

function run(command: string, args: string[], env: Record<string, string> = {}) {
  const result = spawnSync(command, args, { encoding: "utf8", timeout: 120_000, env: { ...process.env, ...env }, ...asPostgresWhenRoot() });
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

function drill(databaseUrl: string) {
  const env: NodeJS.ProcessEnv = { ...process.env, DATABASE_URL: databaseUrl, PG_BIN_DIR: PG15 };
  delete env.DIRECT_DATABASE_URL;
  return spawnSync(process.execPath, ["node_modules/tsx/dist/cli.mjs", "scripts/restore-drill.ts"], { encoding: "utf8", timeout: 120_000, env });
}

async function query<T extends pg.QueryResultRow>(sql: string): Promise<T[]> {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    return (await client.query<T>(sql)).rows;
  } finally {
    await client.end();
  }
}

beforeAll(async () => {
  if (!fs.existsSync(path.join(PG15, "postgres"))) throw new Error(`${PG15} is missing: npm test installs Debian's postgresql-15 package`);
  const root = fs.mkdtempSync(path.join(os.tmpdir(), "ofm-drill-server-"));
  fs.chmodSync(root, 0o777);
  dataDir = path.join(root, "data");
  const port = await freePort();
  const initdb = run(path.join(PG15, "initdb"), ["-D", dataDir, "-U", "postgres", "--auth=trust", "--encoding=UTF8"]);
  expect(initdb.status, initdb.output).toBe(0);
  const start = run(path.join(PG15, "pg_ctl"), ["-D", dataDir, "-o", `-p ${port} -k ${root} -c listen_addresses=127.0.0.1`, "-l", path.join(root, "log"), "-w", "start"]);
  expect(start.status, start.output).toBe(0);
  serverUrl = `postgresql://postgres@127.0.0.1:${port}/postgres`;
  await applyMigrations(serverUrl);
  const seed = spawnSync(process.execPath, ["node_modules/tsx/dist/cli.mjs", "prisma/seed.ts", "--creators", "500"], { encoding: "utf8", timeout: 120_000, env: { ...process.env, DATABASE_URL: serverUrl } });
  expect(seed.status, seed.stderr).toBe(0);
}, 180_000);

afterAll(() => {
  if (dataDir) run(path.join(PG15, "pg_ctl"), ["-D", dataDir, "-m", "immediate", "stop"]);
});

describe("npm run ops:restore-drill", () => {
  it("dumps the database, restores it into a scratch database, finds every table's rows and checksum equal, and drops the scratch copy", async () => {
    const result = drill(serverUrl);
    expect(result.stdout).toContain("Restore drill of postgres (PostgreSQL 15)");
    expect(result.stdout).toContain(`migrations recorded: ${listMigrations().length}`);
    expect(result.stdout).toMatch(/rows: \d{4,} \(each table's checksum equal\)/);
    expect(result.stdout).toContain("Restore drill passed.");
    expect(result.status).toBe(0);
    expect(await query("SELECT datname FROM pg_database WHERE datname LIKE 'ofm_restore_drill_%'")).toEqual([]);
  }, 180_000);

  it("refuses, naming the package to install, when pg_dump does not match the server's major version", () => {
    const result = drill(process.env.DATABASE_URL!);
    expect(result.stderr).toMatch(/pg_dump 15 does not match the server's major version 18: install postgresql-client-18 or set PG_BIN_DIR/);
    expect(result.status).toBe(1);
  }, 60_000);
});
