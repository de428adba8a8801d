import packageJson from "@/package.json";
import { db } from "@/lib/db";

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
