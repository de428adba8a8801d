import pg from "pg";
import type { TestProject } from "vitest/node";
import { openLocalDatabase } from "@/lib/db/local";

// One throwaway PostgreSQL for the whole run. Its migrated database is the template that
// every test file copies into a fresh database of its own (tests/support/integration-database.ts).
export default async function setup(project: TestProject) {
  const server = await openLocalDatabase({ ephemeral: true });
  const admin = new pg.Client(server.url);
  await admin.connect();
  await admin.query("ALTER DATABASE ofm_onboarding WITH IS_TEMPLATE true");
  await admin.end();
  project.provide("templateDatabaseUrl", server.url);
  return async () => {
    await server.stop();
  };
}

declare module "vitest" {
  export interface ProvidedContext {
    templateDatabaseUrl: string;
  }
}
