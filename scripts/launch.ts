// `npm run dev` / `npm start`: validates the configuration, provides a database (the
// embedded PostgreSQL when DATABASE_URL is unset), then runs Next.js. Ctrl-C stops both.
import { spawn } from "node:child_process";
import { EnvError, parseEnv, type Env } from "@/lib/env";
import { openLocalDatabase } from "@/lib/db/local";
import { startMailSandbox } from "@/lib/sandbox/mail";
import { startStripeSandbox } from "@/lib/sandbox/stripe";

const [mode, ...rest] = process.argv.slice(2);
if (mode !== "dev" && mode !== "start") {
  console.error("usage: launch.ts dev|start [--ephemeral-db] [--port N]");
  process.exit(2);
}
const ephemeral = rest.includes("--ephemeral-db");
const portIndex = rest.indexOf("--port");
const port = portIndex >= 0 ? rest[portIndex + 1] : (process.env.PORT ?? "3000");

let config: Env;
try {
  config = parseEnv({ ...process.env, NODE_ENV: mode === "dev" ? "development" : (process.env.NODE_ENV ?? "production"), PORT: port });
} catch (error) {
  if (error instanceof EnvError) {
    console.error(error.message);
    process.exit(1);
  }
  throw error;
}

const database = await openLocalDatabase({ databaseUrl: process.env.DATABASE_URL, ephemeral });
if (database.embedded) console.log(`▸ PostgreSQL (embedded${ephemeral ? ", throwaway" : ", data in .data/postgres"}) at ${database.url}`);

if (config.BOOTSTRAP_ADMIN_EMAIL) {
  process.env.DATABASE_URL = database.url;
  const { ensureBootstrapAdmin } = await import("@/lib/admin/bootstrap");
  const { disconnectDb } = await import("@/lib/db");
  console.log(`▸ Bootstrap admin ${config.BOOTSTRAP_ADMIN_EMAIL}: ${await ensureBootstrapAdmin()}`);
  await disconnectDb();
}

// Services without keys run against local sandboxes, served from this process.
const sandboxEnv: Record<string, string> = {};
const sandboxes: Array<{ close: () => Promise<void> }> = [];
if (config.EMAIL_PROVIDER === "sandbox" && !config.MAIL_SANDBOX_URL) {
  const mail = await startMailSandbox();
  sandboxes.push(mail);
  sandboxEnv.MAIL_SANDBOX_URL = mail.url;
  console.log(`▸ Email sandbox at ${mail.url} (messages at /dev/mailbox)`);
}
if (config.stripeMode === "sandbox" && !config.STRIPE_SANDBOX_URL) {
  const stripeSandbox = await startStripeSandbox({ webhookUrl: `http://127.0.0.1:${port}/api/v1/webhooks/stripe` });
  sandboxes.push(stripeSandbox);
  sandboxEnv.STRIPE_SANDBOX_URL = stripeSandbox.url;
  console.log(`▸ Stripe sandbox at ${stripeSandbox.url} (webhooks to /api/v1/webhooks/stripe)`);
}

const next = spawn(process.execPath, ["node_modules/next/dist/bin/next", mode, "-p", port, "-H", process.env.HOST ?? "0.0.0.0"], {
  stdio: "inherit",
  env: { ...process.env, ...sandboxEnv, DATABASE_URL: database.url, PORT: port, NEXT_TELEMETRY_DISABLED: "1" },
});

let shuttingDown = false;
async function shutdown(exitCode: number) {
  if (shuttingDown) return;
  shuttingDown = true;
  if (next.exitCode === null && next.signalCode === null) {
    next.kill("SIGTERM");
    await new Promise((resolve) => next.once("exit", resolve));
  }
  await Promise.all(sandboxes.map((sandbox) => sandbox.close()));
  await database.stop();
  process.exit(exitCode);
}

for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"] as const) process.on(signal, () => void shutdown(0));
next.on("exit", (code) => void shutdown(code ?? 0));
