import { db } from "@/lib/db";
import { countAttempts, rateLimitKey, rateLimited } from "@/lib/http/rate-limit";

// Password guessing is slowed, never turned into a lockout: failures from an attacker's
// addresses must not lock the owner out of their own account (OWASP Authentication Cheat
// Sheet, "Account lockout"). Every attempt takes its point before the password is checked, in
// one statement for both counters, so parallel guesses cannot all slip past a count read
// beforehand. Two counters, one window:
// - per (email, client IP): after a few attempts each further one waits longer, and past
//   MAX_ATTEMPTS the pair is refused (429) for the rest of the window;
// - per account, from every address: past ACCOUNT_FREE_ATTEMPTS each attempt from an address
//   the account never signed in from waits longer (up to MAX_DELAY_MS), never refused. The
//   owner's own addresses (a sign-in in the last KNOWN_ADDRESS_DAYS) are not slowed, and the
//   emailed password-reset link always works and clears both counters.
// A successful sign-in clears both.

const WINDOW_SECONDS = 15 * 60;
export const FREE_ATTEMPTS = 3;
export const MAX_ATTEMPTS = 10;
export const ACCOUNT_FREE_ATTEMPTS = 20;
const KNOWN_ADDRESS_DAYS = 90;
const BASE_DELAY_MS = 250;
export const MAX_DELAY_MS = 8_000;

function normalised(email: string): string {
  return email.trim().toLowerCase();
}

function pairKey(email: string, ip: string): string {
  return rateLimitKey("login", "emailIp", `${normalised(email)} ${ip}`);
}

function accountKey(email: string): string {
  return rateLimitKey("login", "email", normalised(email));
}

/** The wait before checking a password, when `earlier` attempts came before this one and `free` are allowed unslowed. */
export function delayAfterAttempts(earlier: number, free = FREE_ATTEMPTS): number {
  return earlier < free ? 0 : Math.min(MAX_DELAY_MS, BASE_DELAY_MS * 2 ** (earlier - free));
}

async function isKnownAddress(email: string, ip: string): Promise<boolean> {
  const since = new Date(Date.now() - KNOWN_ADDRESS_DAYS * 86_400_000);
  const known = await db.signIn.findFirst({ where: { ip, at: { gte: since }, user: { email: normalised(email) } }, select: { id: true } });
  return known !== null;
}

/** Counts this attempt, refuses (429) a pair past its limit, otherwise waits as long as the counts ask. */
export async function throttleSignIn(email: string, ip: string): Promise<void> {
  const keys = { pair: pairKey(email, ip), account: accountKey(email) };
  const counters = await countAttempts([
    { key: keys.pair, seconds: WINDOW_SECONDS },
    { key: keys.account, seconds: WINDOW_SECONDS },
  ]);
  const pair = counters.find((counter) => counter.key === keys.pair)!;
  const account = counters.find((counter) => counter.key === keys.account)!;
  if (pair.points > MAX_ATTEMPTS) throw rateLimited("login", Number(pair.expire) - Date.now());
  const pairDelay = delayAfterAttempts(pair.points - 1);
  const accountDelay = account.points - 1 >= ACCOUNT_FREE_ATTEMPTS && !(await isKnownAddress(email, ip)) ? delayAfterAttempts(account.points - 1, ACCOUNT_FREE_ATTEMPTS) : 0;
  const delay = Math.max(pairDelay, accountDelay);
  if (delay > 0) await new Promise((resolve) => setTimeout(resolve, delay));
}

/** The owner proved who they are (the password, or the emailed reset link): both counters start again. */
export async function clearSignInFailures(email: string, ip: string): Promise<void> {
  await db.$executeRaw`DELETE FROM rate_limits WHERE key IN (${pairKey(email, ip)}, ${accountKey(email)})`;
}
