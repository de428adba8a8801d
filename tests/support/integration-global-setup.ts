import pg from "pg";
import type { TestProject } from "vitest/node";
import { openLocalDatabase } from "@/lib/db/local";
import { applyMigrations } from "@/lib/db/schema-engine";
import { startPostgres15 } from "./postgres15";

// One throwaway PostgreSQL for the whole run. Its migrated database is the template that
// every test file copies into a fresh database of its own (tests/support/integration-database.ts).
// The embedded server is PostgreSQL 18; INTEGRATION_POSTGRES=15 runs the same files on Debian's
// PostgreSQL 15, the oldest major supported (npm test's postgres-15 layer).
export default async function setup(project: TestProject) {
  const server = process.env.INTEGRATION_POSTGRES === "15" ? await postgres15WithDatabase() : await openLocalDatabase({ ephemeral: true });
  const admin = new pg.Client(server.url);
  await admin.connect();
  await admin.query("ALTER DATABASE ofm_onboarding WITH IS_TEMPLATE true");
  await admin.end();
  project.provide("templateDatabaseUrl", server.url);
  return async () => {
    await server.stop();
  };
}

async function postgres15WithDatabase(): Promise<{ url: string; stop: () => Promise<void> }> {
  const server = await startPostgres15();
  const admin = new pg.Client(server.url);
  await admin.connect();
  const [{ server_version_num: version }] = (await admin.query("SHOW server_version_num")).rows;
  if (Math.floor(Number(version) / 10_000) !== 15) throw new Error(`expected PostgreSQL 15, got server_version_num ${version}`);
  await admin.query("CREATE DATABASE ofm_onboarding");
  await admin.end();
  const url = server.url.replace(/\/postgres$/, "/ofm_onboarding");
  await applyMigrations(url);
  return { url, stop: async () => server.stop() };
}

declare module "vitest" {
  export interface ProvidedContext {
    templateDatabaseUrl: string;
  }
}
