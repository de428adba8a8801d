import packageJson from "@/package.json";
import { db } from "@/lib/db";
import { unappliedMigrations } from "@/lib/db/migrations";

export interface Health {
  status: "ok" | "unavailable";
  version: string;
  uptimeSeconds: number;
  checks: { database: "ok" | "unreachable" };
}

const DATABASE_TIMEOUT_MS = 2000;

async function databaseReachable(): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<false>((resolve) => {
    timer = setTimeout(() => resolve(false), DATABASE_TIMEOUT_MS);
  });
  const query = db.$queryRaw`SELECT 1`.then(
    () => true,
    () => false,
  );
  try {
    return await Promise.race([query, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

export async function checkHealth(): Promise<Health> {
  const database = (await databaseReachable()) ? "ok" : "unreachable";
  return {
    status: database === "ok" ? "ok" : "unavailable",
    version: packageJson.version,
    uptimeSeconds: Math.round(process.uptime()),
    checks: { database },
  };
}

export interface Readiness {
  status: "ready" | "starting" | "draining";
  checks: { database: "ok" | "unreachable"; migrations: "applied" | "pending" | "unknown" };
}

// Once every committed migration is recorded, it stays so (migrations are only ever added by a
// deploy's release step, before the new version starts): checked until true, then remembered.
let migrationsApplied = false;

async function migrationsState(): Promise<Readiness["checks"]["migrations"]> {
  if (migrationsApplied) return "applied";
  const rows = await db.$queryRaw<Array<{ migration_name: string }>>`
    SELECT migration_name FROM _prisma_migrations WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL`.catch(() => null);
  if (!rows) return "unknown";
  migrationsApplied = unappliedMigrations(new Set(rows.map((row) => row.migration_name))).length === 0;
  return migrationsApplied ? "applied" : "pending";
}

/**
 * Whether a load balancer should send this instance traffic: not while it starts (the pool does
 * not answer yet, or this build's migrations are not all applied) and not once it drains.
 */
export async function checkReadiness(draining: boolean): Promise<Readiness> {
  const database = (await databaseReachable()) ? "ok" : "unreachable";
  const migrations = database === "ok" ? await migrationsState() : "unknown";
  const status = draining ? "draining" : database === "ok" && migrations === "applied" ? "ready" : "starting";
  return { status, checks: { database, migrations } };
}
