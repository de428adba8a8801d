import pg from "pg";
import { RateLimiterPostgres, RateLimiterRes } from "rate-limiter-flexible";
import { env } from "@/lib/env";
import { AppError } from "@/lib/http/errors";
import { logger } from "@/lib/observability/logger";

// Every unauthenticated write is limited per client IP and per target email, in PostgreSQL
// so that the limits hold across app instances (rate-limiter-flexible's documented table,
// created by our migrations as `rate_limits`).

interface Limit {
  points: number;
  durationSeconds: number;
}

export const RATE_LIMITS = {
  register: { ip: { points: 20, durationSeconds: 3600 }, email: { points: 5, durationSeconds: 3600 } },
  login: { ip: { points: 30, durationSeconds: 900 }, email: { points: 10, durationSeconds: 900 } },
  resend: { ip: { points: 20, durationSeconds: 3600 }, email: { points: 3, durationSeconds: 900 } },
} satisfies Record<string, { ip: Limit; email: Limit }>;

export type RateLimitName = keyof typeof RATE_LIMITS;

export interface RateLimitSubject {
  ip: string;
  email?: string;
}

const globalForLimits = globalThis as unknown as { ofmRateLimitPool?: pg.Pool; ofmLimiters?: Map<string, RateLimiterPostgres> };

function pool(): pg.Pool {
  if (!globalForLimits.ofmRateLimitPool) {
    const created = new pg.Pool({ connectionString: env().DATABASE_URL, max: 5 });
    // An idle connection dropped by the server (restart, failover) must not crash the process.
    created.on("error", (error) => logger().warn({ err: error }, "rate-limit pool connection lost"));
    globalForLimits.ofmRateLimitPool = created;
  }
  return globalForLimits.ofmRateLimitPool;
}

function limiter(name: RateLimitName, dimension: "ip" | "email"): RateLimiterPostgres {
  globalForLimits.ofmLimiters ??= new Map();
  const key = `${name}:${dimension}`;
  let existing = globalForLimits.ofmLimiters.get(key);
  if (!existing) {
    const limit = RATE_LIMITS[name][dimension];
    existing = new RateLimiterPostgres({
      storeClient: pool(),
      storeType: "pool",
      tableName: "rate_limits",
      tableCreated: true,
      keyPrefix: key,
      points: limit.points,
      duration: limit.durationSeconds,
    });
    globalForLimits.ofmLimiters.set(key, existing);
  }
  return existing;
}

/** Counts one attempt; throws 429 `rate_limited` (with Retry-After) once a limit is used up. */
export async function consumeRateLimit(name: RateLimitName, subject: RateLimitSubject): Promise<void> {
  const keys: Array<["ip" | "email", string]> = [["ip", subject.ip]];
  if (subject.email) keys.push(["email", subject.email.trim().toLowerCase()]);
  for (const [dimension, key] of keys) {
    try {
      await limiter(name, dimension).consume(key);
    } catch (rejection) {
      if (rejection instanceof RateLimiterRes) {
        const retryAfterSeconds = Math.max(1, Math.ceil(rejection.msBeforeNext / 1000));
        throw new AppError("rate_limited", 429, "Too many attempts. Please wait a moment and try again.", undefined, { limit: name }, retryAfterSeconds);
      }
      throw rejection;
    }
  }
}

export async function closeRateLimitPool(): Promise<void> {
  await globalForLimits.ofmRateLimitPool?.end();
  globalForLimits.ofmRateLimitPool = undefined;
  globalForLimits.ofmLimiters = undefined;
}
