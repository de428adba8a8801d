import { randomUUID } from "node:crypto";
import { db, Prisma } from "@/lib/db";
import { env } from "@/lib/env";
import type { PreparedEmail } from "@/lib/email/send";
import { readCookie, usesSecureCookies } from "@/lib/http/cookies";
import { AppError } from "@/lib/http/errors";
import { markEmailVerified } from "@/lib/onboarding/advance";
import { emailRowForAccount, outboxWritten, transactionWithOutbox } from "@/lib/outbox/write";
import { syncStall } from "@/lib/onboarding/nudges";
import { metrics } from "@/lib/observability/metrics";
import { endOutstanding } from "@/lib/auth/outstanding";
import { hashPassword, verifyPassword } from "@/lib/auth/password";
import { newPasswordProblem } from "@/lib/auth/password-policy";
import type { SessionSubject } from "@/lib/auth/session-token";
import { recordSignIn, type SignInContext } from "@/lib/auth/sign-ins";
import { createRandomToken, derivedToken, hashToken } from "@/lib/auth/tokens";

// Email verification, built against the threats of docs/decisions/005-verification-links.md:
// mail scanners that fetch links (a GET never uses a link: confirming is a POST), someone who
// registers another person's address first (confirming from any browser but the one that
// registered requires that account's password or sets a new one, and signs every earlier
// session out), and enumeration (asking for a link answers the same, in the same time).

const MINUTE = 60_000;

/** Cookie set by the browser that registered; only its hash is stored on the account. */
export const REGISTRATION_COOKIE = "ofm_registration";

/**
 * The cookie a registration sets (whether or not the address was new, so the answer cannot
 * tell them apart), and the hash a new account keeps of it.
 */
export function newRegistrationBrowser() {
  const { token, tokenHash } = createRandomToken();
  return {
    hash: tokenHash,
    cookie: { name: REGISTRATION_COOKIE, value: token, options: { httpOnly: true, sameSite: "lax" as const, secure: usesSecureCookies(), path: "/", maxAge: env().EMAIL_VERIFICATION_TTL_MINUTES * 60 } },
  };
}

/** The same cookie as a Set-Cookie header, for API answers. */
export function setCookieHeader(cookie: ReturnType<typeof newRegistrationBrowser>["cookie"]): string {
  return [`${cookie.name}=${cookie.value}`, `Path=${cookie.options.path}`, `Max-Age=${cookie.options.maxAge}`, "HttpOnly", "SameSite=Lax", ...(cookie.options.secure ? ["Secure"] : [])].join("; ");
}

/** Ends the registration cookie once the link is used. */
export const CLEAR_REGISTRATION_COOKIE = `${REGISTRATION_COOKIE}=; Path=/; Max-Age=0; HttpOnly; SameSite=Lax`;

/** The registration cookie a request carries, if any. */
export function registrationCookieOf(headers: Headers): string | undefined {
  return readCookie(headers, REGISTRATION_COOKIE);
}

function verificationUrl(token: string): string {
  return `${env().FRONTEND_URL}/verify-email?token=${token}`;
}

/**
 * The link for an outbox row that emails one: the token is derived from the row, so every
 * delivery attempt of the row carries the same link; it expires TTL after the row was written.
 */
export async function issueVerificationLink(userId: string, row: { id: string; createdAt: Date }): Promise<string> {
  const { token, tokenHash } = derivedToken("email_verify", row.id, env().AUTH_SECRET);
  await db.verificationToken.upsert({
    where: { tokenHash },
    create: { userId, purpose: "email_verify", tokenHash, expiresAt: new Date(row.createdAt.getTime() + env().EMAIL_VERIFICATION_TTL_MINUTES * MINUTE) },
    update: {},
  });
  return verificationUrl(token);
}

/**
 * The outbox's verify-email: nothing once the address is verified. The first one starts the
 * reminders of an unverified address (registration leaves that to it, see lib/auth/register.ts;
 * syncStall does nothing when they are planned already).
 */
export async function prepareVerificationEmail(payload: { userId: string }, row: { id: string; createdAt: Date }): Promise<PreparedEmail | null> {
  const user = await db.user.findUnique({ where: { id: payload.userId }, include: { profile: { select: { language: true } } } });
  if (!user || user.emailVerified || user.disabledAt) return null;
  await transactionWithOutbox((tx) => syncStall(tx, user.id, row.createdAt));
  return {
    userId: user.id,
    to: user.email,
    language: user.profile?.language ?? "en",
    content: { template: "verify-email", props: { verification_url: await issueVerificationLink(user.id, row), user_email: user.email, expires_minutes: env().EMAIL_VERIFICATION_TTL_MINUTES } },
  };
}

export type LinkTarget = { userId: string } | { email: string } | { expiredToken: string };

/**
 * Queues a fresh link for the account with this id or email (or the owner of an expired link)
 * if it still waits for verification. One statement whatever the answer, so asking for an
 * unknown, verified or unverified address takes the same time; earlier links keep working.
 */
export async function requestVerificationEmail(target: LinkTarget, at = new Date()): Promise<void> {
  const match =
    "userId" in target
      ? Prisma.sql`id = ${target.userId}`
      : "email" in target
        ? Prisma.sql`email = ${target.email}`
        : Prisma.sql`id = (SELECT user_id FROM verification_tokens WHERE token_hash = ${hashToken(target.expiredToken)} AND purpose = 'email_verify')`;
  const queued = await db.$executeRaw`
    WITH account AS (SELECT id FROM users WHERE ${match} AND NOT email_verified AND disabled_at IS NULL)
    ${emailRowForAccount(randomUUID(), "verify-email", Prisma.sql`jsonb_build_object('userId', account.id)`, at)}`;
  if (queued > 0) outboxWritten();
}

export const RESEND_RECEIPT = { message: "If this address has an account waiting for verification, a new link is on its way." };

export type LinkState = { status: "valid"; sameBrowser: boolean; email: string } | { status: "expired" } | { status: "used" } | { status: "invalid" };

function browserMatches(browserSecret: string | undefined, registrationBrowserHash: string | null): boolean {
  return Boolean(browserSecret && registrationBrowserHash && hashToken(browserSecret) === registrationBrowserHash);
}

/** What a link is, without using it (the page a GET shows, which a mail scanner may fetch). */
export async function inspectVerificationLink(token: string, browserSecret?: string, now = new Date()): Promise<LinkState> {
  const record = await db.verificationToken.findUnique({ where: { tokenHash: hashToken(token) }, include: { user: true } });
  if (!record || record.purpose !== "email_verify") return { status: "invalid" };
  if (record.used || record.user.emailVerified) return { status: "used" };
  if (record.expiresAt <= now) return { status: "expired" };
  return { status: "valid", sameBrowser: browserMatches(browserSecret, record.user.registrationBrowserHash), email: record.user.email };
}

export interface ConfirmEmailInput {
  token: string;
  /** The registration cookie of this browser, if any. */
  browserSecret?: string;
  /** Elsewhere: the password chosen at registration… */
  password?: string;
  /** …or a new one, which replaces it. */
  newPassword?: string;
}

async function proofOfAccount(input: ConfirmEmailInput, user: { email: string; passwordHash: string; registrationBrowserHash: string | null }): Promise<{ newPasswordHash?: string }> {
  if (browserMatches(input.browserSecret, user.registrationBrowserHash)) return {};
  if (input.newPassword) {
    const problem = newPasswordProblem(input.newPassword, user.email);
    if (problem) throw new AppError(problem, 422, problem, { newPassword: problem });
    return { newPasswordHash: await hashPassword(input.newPassword) };
  }
  if (!input.password) throw new AppError("password_required", 422, "Enter your password, or choose a new one.", { password: "password_required" });
  if (!(await verifyPassword(user.passwordHash, input.password))) throw new AppError("invalid_credentials", 422, "This is not the password of this account.", { password: "wrong_password" });
  return {};
}

/**
 * Uses a link: verifies the address, revokes every earlier session of the account (whoever
 * registered it may not be whoever owns the address), and returns the account to sign in
 * this browser. Single use, decided by a conditional update under the row lock.
 */
export async function confirmEmail(input: ConfirmEmailInput, now = new Date(), context?: SignInContext): Promise<SessionSubject> {
  const record = await db.verificationToken.findUnique({ where: { tokenHash: hashToken(input.token) }, include: { user: true } });
  if (!record || record.purpose !== "email_verify") throw new AppError("token_invalid", 400, "This link is not valid.");
  if (record.used || record.user.emailVerified) throw new AppError("token_used", 409, "This link was already used.");
  if (record.expiresAt <= now) throw new AppError("token_expired", 410, "This link has expired.");
  if (record.user.disabledAt) throw new AppError("account_disabled", 403, "This account is disabled. Contact support.");
  const { newPasswordHash } = await proofOfAccount(input, record.user);

  const user = await db.$transaction(async (tx) => {
    const claimed = await tx.verificationToken.updateMany({ where: { id: record.id, used: false }, data: { used: true, usedAt: now } });
    if (claimed.count === 0) throw new AppError("token_used", 409, "This link was already used.");
    await tx.verificationToken.updateMany({ where: { userId: record.userId, purpose: "email_verify", used: false, expiresAt: { gt: now } }, data: { expiresAt: now } });
    // The mailbox's owner claims the account: whatever whoever held it before asked for ends.
    await endOutstanding(tx, record.userId, now);
    await markEmailVerified(tx, record.user, now);
    if (context) await recordSignIn(record.userId, "email_link", context, tx);
    return tx.user.update({
      where: { id: record.userId },
      data: { registrationBrowserHash: null, sessionVersion: { increment: 1 }, ...(newPasswordHash ? { passwordHash: newPasswordHash } : {}) },
    });
  });
  metrics().verificationsCompleted.inc();
  return { id: user.id, email: user.email, role: user.role, sessionVersion: user.sessionVersion };
}
