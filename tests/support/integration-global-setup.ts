import pg from "pg";
import type { TestProject } from "vitest/node";
import { openLocalDatabase } from "@/lib/db/local";
import { startMailSandbox } from "@/lib/sandbox/mail";

// One throwaway PostgreSQL for the whole run. Its migrated database is the template that
// every test file copies into a fresh database of its own (tests/support/integration-database.ts).
export default async function setup(project: TestProject) {
  const server = await openLocalDatabase({ ephemeral: true });
  const admin = new pg.Client(server.url);
  await admin.connect();
  await admin.query("ALTER DATABASE ofm_onboarding WITH IS_TEMPLATE true");
  await admin.end();
  const mail = await startMailSandbox();
  project.provide("templateDatabaseUrl", server.url);
  project.provide("mailSandboxUrl", mail.url);
  return async () => {
    await mail.close();
    await server.stop();
  };
}

declare module "vitest" {
  export interface ProvidedContext {
    templateDatabaseUrl: string;
    mailSandboxUrl: string;
  }
}
