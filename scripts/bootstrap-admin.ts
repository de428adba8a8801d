// npm run bootstrap-admin (and the Docker image's `bootstrap-admin` command): creates the
// first admin from BOOTSTRAP_ADMIN_EMAIL / BOOTSTRAP_ADMIN_PASSWORD if no account has that
// email. The server does the same at start-up; this is for deploy scripts that want it first.
import { openLocalDatabase } from "@/lib/db/local";
import { EnvError, parseEnv } from "@/lib/env";

try {
  parseEnv(process.env);
} catch (error) {
  if (error instanceof EnvError) {
    console.error(error.message);
    process.exit(1);
  }
  throw error;
}
const database = await openLocalDatabase({ databaseUrl: process.env.DATABASE_URL });
process.env.DATABASE_URL = database.url;
const { ensureBootstrapAdmin } = await import("@/lib/admin/bootstrap");
const { disconnectDb } = await import("@/lib/db");
try {
  const outcome = await ensureBootstrapAdmin();
  console.log(outcome === "not_configured" ? "Set BOOTSTRAP_ADMIN_EMAIL and BOOTSTRAP_ADMIN_PASSWORD to create the first admin." : `Bootstrap admin ${process.env.BOOTSTRAP_ADMIN_EMAIL}: ${outcome}`);
  process.exitCode = outcome === "not_configured" ? 1 : 0;
} finally {
  await disconnectDb();
  await database.stop();
}
