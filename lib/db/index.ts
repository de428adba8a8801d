import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { env } from "@/lib/env";

export * from "@/lib/generated/prisma/client";

/**
 * The pool of this process. Nothing here keeps session state (no SET, no session advisory
 * locks, no LISTEN; statements are unnamed), so DATABASE_URL may point at a transaction-mode
 * pooler such as PgBouncer (tests/integration/operations/pooler.test.ts runs through one).
 */
function createClient(): PrismaClient {
  const current = env();
  if (!current.DATABASE_URL) throw new Error("DATABASE_URL is not set: start the app with `npm run dev` / `npm start`, which provide one.");
  return new PrismaClient({
    adapter: new PrismaPg({
      connectionString: current.DATABASE_URL,
      max: current.DATABASE_POOL_MAX,
      idleTimeoutMillis: current.DATABASE_POOL_IDLE_TIMEOUT_MS,
      connectionTimeoutMillis: current.DATABASE_CONNECT_TIMEOUT_MS,
      maxLifetimeSeconds: current.DATABASE_POOL_MAX_LIFETIME_SECONDS,
      application_name: "ofm-onboarding",
    }),
  });
}

// One client per process (Next's dev server re-evaluates modules, hence the global), created
// on first use so that importing this module never reads the environment (next build, tests).
const globalForPrisma = globalThis as unknown as { ofmPrisma?: PrismaClient };

export const db: PrismaClient = new Proxy({} as PrismaClient, {
  get(_target, property) {
    globalForPrisma.ofmPrisma ??= createClient();
    const value = Reflect.get(globalForPrisma.ofmPrisma, property);
    return typeof value === "function" ? value.bind(globalForPrisma.ofmPrisma) : value;
  },
});

export async function disconnectDb(): Promise<void> {
  await globalForPrisma.ofmPrisma?.$disconnect();
  globalForPrisma.ofmPrisma = undefined;
}
