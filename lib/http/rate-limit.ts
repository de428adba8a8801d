import { createHash } from "node:crypto";
import { db, Prisma } from "@/lib/db";
import { AppError } from "@/lib/http/errors";

// Every unauthenticated write is limited, in PostgreSQL so that the limits hold across app
// instances (table `rate_limits`: fixed windows, one row per key). A limit keyed on an email
// alone could be used by anyone to lock that email's owner out, so each one is counted per
// (email, client IP), and the per-email ceiling is generous. Where the request only sends the
// address an email (forgot-password, resend), the ceiling is `quiet`: past it the request is
// answered as usual and at most one email per QUIET_WINDOW goes out, so an attacker rotating
// client addresses can neither make the owner's own request fail nor flood their mailbox.

interface Window {
  points: number;
  seconds: number;
}

interface Limit {
  /** Every attempt from one client IP. */
  ip: Window;
  /** Attempts for one email from one client IP. */
  emailIp?: Window;
  /** Attempts for one email from anywhere: a ceiling, far above what its owner needs. */
  email?: Window & { quiet?: true };
}

/** Past a quiet ceiling: one email per address per quarter hour. */
const QUIET_WINDOW_SECONDS = 15 * 60;

const MINUTE = 60;
const HOUR = 3600;

const RATE_LIMITS = {
  register: { ip: { points: 20, seconds: HOUR }, emailIp: { points: 5, seconds: HOUR }, email: { points: 50, seconds: HOUR } },
  resend: { ip: { points: 20, seconds: HOUR }, emailIp: { points: 3, seconds: 15 * MINUTE }, email: { points: 20, seconds: HOUR, quiet: true } },
  // Sign-in attempts are handled by lib/auth/sign-in-throttle.ts (refused per email and IP; per account only slowed).
  login: { ip: { points: 100, seconds: 15 * MINUTE } },
  password_forgot: { ip: { points: 20, seconds: HOUR }, emailIp: { points: 3, seconds: 15 * MINUTE }, email: { points: 20, seconds: HOUR, quiet: true } },
  password_reset: { ip: { points: 30, seconds: HOUR } },
  verify: { ip: { points: 60, seconds: 15 * MINUTE } },
} satisfies Record<string, Limit>;

export type RateLimitName = keyof typeof RATE_LIMITS;
type Dimension = keyof Limit;

export interface RateLimitSubject {
  ip: string;
  email?: string;
}

/** Keys are hashed: the table then holds no email address and no key is ever too long. */
export function rateLimitKey(name: string, dimension: string, subject: string): string {
  return `${name}:${dimension}:${createHash("sha256").update(subject).digest("base64url").slice(0, 32)}`;
}

interface Counter {
  key: string;
  points: number;
  /** Unix milliseconds at which the window ends. */
  expire: bigint;
}

/**
 * Adds one point to each key in a single statement (a new window starts once the old one has
 * ended) and returns the counts.
 */
export async function countAttempts(entries: Array<{ key: string; seconds: number }>, now = Date.now()): Promise<Counter[]> {
  const rows = entries.map((entry) => Prisma.sql`(${entry.key}, 1, ${BigInt(now + entry.seconds * 1000)})`);
  return db.$queryRaw<Counter[]>`
    INSERT INTO rate_limits (key, points, expire) VALUES ${Prisma.join(rows)}
    ON CONFLICT (key) DO UPDATE SET
      points = CASE WHEN rate_limits.expire IS NULL OR rate_limits.expire <= ${BigInt(now)} THEN 1 ELSE rate_limits.points + 1 END,
      expire = CASE WHEN rate_limits.expire IS NULL OR rate_limits.expire <= ${BigInt(now)} THEN EXCLUDED.expire ELSE rate_limits.expire END
    RETURNING key, points, expire`;
}

export function rateLimited(name: string, msLeft: number): AppError {
  return new AppError("rate_limited", 429, "Too many attempts. Please wait a moment and try again.", undefined, { limit: name }, Math.max(1, Math.ceil(msLeft / 1000)));
}

/**
 * Counts one attempt in every window of the limit; throws 429 `rate_limited` (with Retry-After)
 * once one is used up. Answers whether the request may send its email: false past a quiet
 * ceiling, but for the first request of each quiet window.
 */
export async function consumeRateLimit(name: RateLimitName, subject: RateLimitSubject, now = Date.now()): Promise<{ emailAllowed: boolean }> {
  const limit: Limit = RATE_LIMITS[name];
  const email = subject.email?.trim().toLowerCase();
  const windows: Array<[Dimension, string]> = [["ip", subject.ip]];
  if (email && limit.emailIp) windows.push(["emailIp", `${email} ${subject.ip}`]);
  if (email && limit.email) windows.push(["email", email]);
  const entries = windows.map(([dimension, value]) => ({ key: rateLimitKey(name, dimension, value), dimension, window: limit[dimension]! }));
  const counters = await countAttempts(entries.map((entry) => ({ key: entry.key, seconds: entry.window.seconds })), now);
  const over = entries.filter((entry) => (counters.find((candidate) => candidate.key === entry.key)?.points ?? 0) > entry.window.points);
  const refusing = over.find((entry) => !(entry.dimension === "email" && limit.email?.quiet));
  if (refusing) throw rateLimited(name, Number(counters.find((candidate) => candidate.key === refusing.key)!.expire) - now);
  if (over.length === 0) return { emailAllowed: true };
  const [quiet] = await countAttempts([{ key: rateLimitKey(name, "emailQuiet", email!), seconds: QUIET_WINDOW_SECONDS }], now);
  return { emailAllowed: quiet.points === 1 };
}
