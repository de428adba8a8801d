import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import { freePort } from "@/lib/db/embedded-postgres";

// The production build served by the same launcher as `npm start`, for behaviour that depends
// on NODE_ENV=production. `npm test` builds before the integration layer; run alone, the first
// test that needs it builds it.

const CLEAN_ENV = ["DATABASE_URL", "STRIPE_SANDBOX_URL", "MAIL_SANDBOX_URL", "STRIPE_SANDBOX_WEBHOOK_SECRET", "MAIL_SANDBOX_WEBHOOK_SECRET", "NODE_ENV", "FRONTEND_URL", "AUTH_SECRET"];

export function ensureProductionBuild(): void {
  if (fs.existsSync(".next/BUILD_ID")) return;
  const build = spawnSync("node_modules/.bin/next", ["build"], { stdio: "inherit", env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" } });
  if (build.status !== 0) throw new Error("next build failed");
}

function productionEnv(port: number, extra: Record<string, string | undefined>): NodeJS.ProcessEnv {
  const env: Record<string, string | undefined> = { ...process.env, NODE_ENV: "production", HOST: "127.0.0.1", LOG_LEVEL: "warn", NEXT_TELEMETRY_DISABLED: "1", PORT: String(port) };
  for (const key of CLEAN_ENV) if (!["NODE_ENV"].includes(key)) delete env[key];
  return { ...env, ...extra } as NodeJS.ProcessEnv;
}

/** Starts the launcher and expects it to refuse: its exit code and what it printed. */
export async function refusedStart(extra: Record<string, string | undefined>): Promise<{ status: number | null; output: string }> {
  const port = await freePort();
  const result = spawnSync(process.execPath, ["node_modules/tsx/dist/cli.mjs", "scripts/launch.ts", "start", "--ephemeral-db", "--port", String(port)], { env: productionEnv(port, extra), encoding: "utf8", timeout: 60_000 });
  return { status: result.status, output: result.stdout + result.stderr };
}

export interface ProductionServer {
  url: string;
  stop: () => Promise<void>;
}

export async function startProductionServer(extra: Record<string, string | undefined>): Promise<ProductionServer> {
  ensureProductionBuild();
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const child: ChildProcess = spawn(process.execPath, ["node_modules/tsx/dist/cli.mjs", "scripts/launch.ts", "start", "--ephemeral-db", "--port", String(port)], {
    env: productionEnv(port, { FRONTEND_URL: url, ...extra }),
    stdio: ["ignore", "ignore", "pipe"],
  });
  let errors = "";
  child.stderr?.on("data", (chunk) => (errors += chunk));
  for (let attempt = 0; ; attempt++) {
    if (child.exitCode !== null) throw new Error(`the production server exited (${child.exitCode}): ${errors}`);
    if (await fetch(`${url}/api/health`).then((response) => response.ok).catch(() => false)) break;
    if (attempt > 240) throw new Error(`the production server did not start: ${errors}`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  return {
    url,
    stop: async () => {
      if (child.exitCode !== null) return;
      child.kill("SIGTERM");
      await new Promise((resolve) => child.once("exit", resolve));
    },
  };
}
