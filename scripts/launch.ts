// `npm run dev` / `npm start`: validates the configuration, provides a database (the
// embedded PostgreSQL when DATABASE_URL is unset), then runs Next.js. Ctrl-C stops both.
import { spawn } from "node:child_process";
import { EnvError, parseEnv, type Env } from "@/lib/env";
import { openLocalDatabase } from "@/lib/db/local";
import { startLocalSandboxes } from "@/lib/sandbox/start";

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
if (database.embedded) console.log(`▸ PostgreSQL (embedded${ephemeral ? ", throwaway" : ", data in .data/postgres"}${database.shared ? ", already running: shared" : ""}) at ${database.url}`);

// Services without keys run against local sandboxes, served from this process.
const sandboxes = await startLocalSandboxes(config, { databaseUrl: database.url, appUrl: `http://127.0.0.1:${port}` });
for (const line of sandboxes.describe) console.log(`▸ ${line}`);
if (config.sandboxInProduction) console.log("▸ ALLOW_SANDBOX_IN_PRODUCTION: production is running against the sandboxes (a banner says so on every page)");

// The incoming-request hook (peer address, decodable paths) is preloaded so that it applies from the very first request.
// CPU_PROFILE_DIR=<dir>: Next.js's process writes a V8 CPU profile there when it stops.
const profiling = process.env.CPU_PROFILE_DIR ? ["--cpu-prof", `--cpu-prof-dir=${process.env.CPU_PROFILE_DIR}`] : [];
const next = spawn(process.execPath, [...profiling, "--import", "./lib/http/incoming-request.mjs", "node_modules/next/dist/bin/next", mode, "-p", port, "-H", process.env.HOST ?? "0.0.0.0"], {
  stdio: "inherit",
  // In production mode SIGTERM drains the server (lib/http/graceful-shutdown.ts); `next dev` restarts its own worker.
  env: { ...process.env, ...sandboxes.env, DATABASE_URL: database.url, PORT: port, NEXT_TELEMETRY_DISABLED: "1", ...(mode === "start" ? { NEXT_MANUAL_SIG_HANDLE: "true" } : {}) },
});
let shuttingDown = false;
async function shutdown(exitCode: number) {
  if (shuttingDown) return;
  shuttingDown = true;
  if (next.exitCode === null && next.signalCode === null) {
    next.kill("SIGTERM");
    await new Promise((resolve) => next.once("exit", resolve));
  }
  await sandboxes.close();
  await database.stop();
  process.exit(exitCode);
}

for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"] as const) process.on(signal, () => void shutdown(0));
next.on("exit", (code) => void shutdown(code ?? 0));
