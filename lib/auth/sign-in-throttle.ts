import { countAttempts, forgetAttempts, peekAttempts, rateLimitKey, rateLimited } from "@/lib/http/rate-limit";

// Password guessing is slowed per (email, client IP), never per email alone: failures from
// an attacker's addresses must not lock the owner out of their own account (OWASP
// Authentication Cheat Sheet, "Account lockout"). After a few failures each further attempt
// from that pair waits longer, then the pair is refused for the rest of the window. A
// successful sign-in clears the pair's count.

const WINDOW_SECONDS = 15 * 60;
export const FREE_FAILURES = 3;
export const MAX_FAILURES = 10;
const BASE_DELAY_MS = 250;
const MAX_DELAY_MS = 8_000;

function pairKey(email: string, ip: string): string {
  return rateLimitKey("login", "emailIp", `${email.trim().toLowerCase()} ${ip}`);
}

/** The wait before checking a password, after `failures` recent failures from the pair. */
export function delayAfterFailures(failures: number): number {
  return failures < FREE_FAILURES ? 0 : Math.min(MAX_DELAY_MS, BASE_DELAY_MS * 2 ** (failures - FREE_FAILURES));
}

/** Refuses (429) a pair that failed too often, otherwise waits as long as its failures ask. */
export async function throttleSignIn(email: string, ip: string): Promise<void> {
  const { points, msLeft } = await peekAttempts(pairKey(email, ip));
  if (points >= MAX_FAILURES) throw rateLimited("login", msLeft);
  const delay = delayAfterFailures(points);
  if (delay > 0) await new Promise((resolve) => setTimeout(resolve, delay));
}

export async function recordSignInFailure(email: string, ip: string): Promise<void> {
  await countAttempts([{ key: pairKey(email, ip), seconds: WINDOW_SECONDS }]);
}

export async function clearSignInFailures(email: string, ip: string): Promise<void> {
  await forgetAttempts(pairKey(email, ip));
}
