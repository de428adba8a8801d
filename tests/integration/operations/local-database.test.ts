import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { describe, expect, it } from "vitest";
import { startEmbeddedPostgres } from "@/lib/db/embedded-postgres";
import { openLocalDatabase } from "@/lib/db/local";

// The database the launcher provides when DATABASE_URL is unset: a real PostgreSQL from the npm
// package, with every migration applied, throwaway for tests and kept for development.

async function query<T>(url: string, sql: string): Promise<T[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query(sql)).rows as T[];
  } finally {
    await client.end();
  }
}

describe("openLocalDatabase", () => {
  it("uses DATABASE_URL as given and starts nothing", async () => {
    const database = await openLocalDatabase({ databaseUrl: "postgresql://someone@db.example:5432/app" });
    expect(database).toMatchObject({ url: "postgresql://someone@db.example:5432/app", embedded: false, shared: false });
    await database.stop();
  });

  it("without one, starts a throwaway PostgreSQL with every migration applied, and removes it on stop", async () => {
    const database = await openLocalDatabase({ ephemeral: true });
    try {
      expect(database.embedded).toBe(true);
      const migrations = fs.readdirSync("prisma/migrations").filter((entry) => fs.statSync(path.join("prisma/migrations", entry)).isDirectory());
      const [{ count }] = await query<{ count: string }>(database.url, "SELECT count(*) FROM _prisma_migrations WHERE finished_at IS NOT NULL");
      expect(Number(count)).toBe(migrations.length);
      expect(await query(database.url, "SELECT id FROM users")).toEqual([]);
    } finally {
      await database.stop();
    }
    await expect(query(database.url, "SELECT 1")).rejects.toThrow();
  }, 120_000);

  it("while the app's database runs (npm run dev), a second command shares it and leaves it running", async () => {
    const dataDir = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "ofm-pg-test-")), "data");
    fs.chmodSync(path.dirname(dataDir), 0o755);
    const app = await openLocalDatabase({ dataDir });
    try {
      expect(app.shared).toBe(false);
      // The seed, started beside it: the same server, migrations already there, nothing started.
      const seed = await openLocalDatabase({ dataDir });
      expect(seed).toMatchObject({ url: app.url, embedded: true, shared: true });
      await seed.stop();
      expect(await query(app.url, "SELECT 1 AS up")).toEqual([{ up: 1 }]);
    } finally {
      await app.stop();
    }
    // Once it has stopped, the folder is the next command's to start again.
    const next = await openLocalDatabase({ dataDir });
    try {
      expect(next.shared).toBe(false);
    } finally {
      await next.stop();
      fs.rmSync(path.dirname(dataDir), { recursive: true, force: true });
    }
  }, 180_000);
});

describe("startEmbeddedPostgres", () => {
  it("keeps a persistent cluster's data across restarts on the same port", async () => {
    const dataDir = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "ofm-pg-test-")), "data");
    fs.chmodSync(path.dirname(dataDir), 0o755);
    const first = await startEmbeddedPostgres({ dataDir, persistent: true, database: "kept" });
    try {
      await query(first.url, "CREATE TABLE notes (body text); INSERT INTO notes VALUES ('still here')");
    } finally {
      await first.stop();
    }
    const second = await startEmbeddedPostgres({ dataDir, persistent: true, database: "kept", port: first.port });
    try {
      expect(second.url).toBe(first.url);
      expect(await query(second.url, "SELECT body FROM notes")).toEqual([{ body: "still here" }]);
    } finally {
      await second.stop();
      fs.rmSync(path.dirname(dataDir), { recursive: true, force: true });
    }
  }, 120_000);
});
