import { randomBytes } from "node:crypto";
import pg from "pg";
import { afterAll, inject } from "vitest";
import { disconnectDb } from "@/lib/db";
import { startMailSandbox } from "@/lib/sandbox/mail";
import { throwawaySecret } from "@/lib/sandbox/secrets";
import { startStripeSandbox } from "@/lib/sandbox/stripe";
import { resetEnvCache } from "@/lib/env";

// Each test file gets its own database, copied from the migrated template (fast: a file copy).
const templateUrl = new URL(inject("templateDatabaseUrl"));
const template = templateUrl.pathname.slice(1);
const databaseName = `test_${randomBytes(6).toString("hex")}`;

const adminUrl = new URL(templateUrl);
adminUrl.pathname = "/postgres";

async function adminQuery(sql: string) {
  const client = new pg.Client(adminUrl.toString());
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

await adminQuery(`CREATE DATABASE "${databaseName}" TEMPLATE "${template}"`);
const fileUrl = new URL(templateUrl);
fileUrl.pathname = `/${databaseName}`;
process.env.DATABASE_URL = fileUrl.toString();
// Each file has its own sandboxes on its own database, driven in-process (outcomes, faults,
// held and signed events), signing with random secrets like the launcher's. Their webhooks are
// held: a test delivers them through the route handlers itself.
process.env.STRIPE_SANDBOX_WEBHOOK_SECRET = throwawaySecret();
process.env.MAIL_SANDBOX_WEBHOOK_SECRET = throwawaySecret();
export const stripeSandbox = await startStripeSandbox({ databaseUrl: process.env.DATABASE_URL, webhookSecret: process.env.STRIPE_SANDBOX_WEBHOOK_SECRET, rateLimitPerSecond: 1000 });
export const mailSandbox = await startMailSandbox({ databaseUrl: process.env.DATABASE_URL, webhookSecret: process.env.MAIL_SANDBOX_WEBHOOK_SECRET, holdEvents: true });
process.env.STRIPE_SANDBOX_URL = stripeSandbox.url;
process.env.MAIL_SANDBOX_URL = mailSandbox.url;
process.env.MAIL_SANDBOX_SENDGRID_PUBLIC_KEY = mailSandbox.sendgridPublicKey;
resetEnvCache();

afterAll(async () => {
  await stripeSandbox.close();
  await mailSandbox.close();
  await disconnectDb();
  await adminQuery(`DROP DATABASE IF EXISTS "${databaseName}" WITH (FORCE)`);
});

/** A database name on the same server that a test may create and drop itself. */
export function serverUrlFor(database: string): string {
  const url = new URL(templateUrl);
  url.pathname = `/${database}`;
  return url.toString();
}

export { adminQuery };
