import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { env } from "@/lib/env";

export * from "@/lib/generated/prisma/client";

function createClient(): PrismaClient {
  const url = env().DATABASE_URL;
  if (!url) throw new Error("DATABASE_URL is not set: start the app with `npm run dev` / `npm start`, which provide one.");
  return new PrismaClient({ adapter: new PrismaPg({ connectionString: url, max: 10 }) });
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
