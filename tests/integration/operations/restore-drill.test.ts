import { spawnSync } from "node:child_process";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { listMigrations } from "@/lib/db/migrations";
import { applyMigrations } from "@/lib/db/schema-engine";
import { PG15_BIN, startPostgres15, type Postgres15 } from "../../support/postgres15";

// The operator's restore drill (docs/operations.md), run for real: pg_dump and pg_restore must
// match the server's major version, and Debian's packages here carry PostgreSQL 15 (the
// embedded server is 18). So the drill runs against a PostgreSQL 15 server holding the real
// migrations and seeded creators, and against the embedded 18 server it must refuse with the fix.

let server: Postgres15 | undefined;
let serverUrl: string;

function drill(databaseUrl: string) {
  const env: NodeJS.ProcessEnv = { ...process.env, DATABASE_URL: databaseUrl, PG_BIN_DIR: PG15_BIN };
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
  server = await startPostgres15();
  serverUrl = server.url;
  await applyMigrations(serverUrl);
  const seed = spawnSync(process.execPath, ["node_modules/tsx/dist/cli.mjs", "prisma/seed.ts", "--creators", "500"], { encoding: "utf8", timeout: 120_000, env: { ...process.env, DATABASE_URL: serverUrl } });
  expect(seed.status, seed.stderr).toBe(0);
}, 180_000);

afterAll(() => {
  server?.stop();
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
