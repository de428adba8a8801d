import { randomUUID } from "node:crypto";
import { z } from "zod";
import { db, Prisma } from "@/lib/db";
import { env } from "@/lib/env";
import type { PreparedEmail } from "@/lib/email/send";
import { AppError } from "@/lib/http/errors";
import type { Language } from "@/lib/i18n";
import { markEmailVerified } from "@/lib/onboarding/advance";
import { emailRowForAccount, enqueueEmail, outboxWritten, transactionWithOutbox } from "@/lib/outbox/write";
import { emailLanguageOf } from "@/lib/auth/email-language";
import { endOutstanding } from "@/lib/auth/outstanding";
import { hashPassword } from "@/lib/auth/password";
import { newPasswordProblem } from "@/lib/auth/password-policy";
import type { SessionSubject } from "@/lib/auth/session-token";
import { clearSignInFailures } from "@/lib/auth/sign-in-throttle";
import { recordSignIn, type SignInContext } from "@/lib/auth/sign-ins";
import { derivedToken, hashToken } from "@/lib/auth/tokens";

// "Forgot password", against the same threats as email verification (decision 005): asking
// answers the same in the same time for any address; the link is short-lived, single-use and
// stored only as a hash; opening it (a GET, or a mail scanner) never uses it; using it signs
// every other session out and tells the owner. The link is bound to the address it was sent
// to (an account that moved since does not honour it) and ends with everything else
// outstanding (lib/auth/outstanding.ts).

const MINUTE = 60_000;

export const FORGOT_RECEIPT = { message: "If an account uses this address, a link to choose a new password is on its way." };

const ResetData = z.object({ email: z.string() });

/**
 * Queues a reset link for the account with this email, if there is one that may sign in, and
 * stores its token at once (so ending outstanding links ends a queued one). One statement
 * whatever the answer, so known and unknown addresses take the same time
 * (tests/integration/auth/account-lifecycle.test.ts measures it).
 */
export async function requestPasswordReset(email: string, language: Language, at = new Date()): Promise<void> {
  const outboxId = randomUUID();
  const { tokenHash } = derivedToken("password_reset", outboxId, env().AUTH_SECRET);
  const expiresAt = new Date(at.getTime() + env().PASSWORD_RESET_TTL_MINUTES * MINUTE);
  const queued = await db.$executeRaw`
    WITH account AS (SELECT id FROM users WHERE email = ${email} AND disabled_at IS NULL),
    email AS (${emailRowForAccount(outboxId, "password-reset", Prisma.sql`jsonb_build_object('userId', account.id, 'language', ${language}::text)`, at)})
    INSERT INTO verification_tokens (id, user_id, purpose, token_hash, expires_at, created_at, data)
    SELECT ${randomUUID()}, account.id, 'password_reset'::"TokenPurpose", ${tokenHash}, ${expiresAt}, ${at}, jsonb_build_object('email', ${email}::text) FROM account`;
  if (queued > 0) outboxWritten();
}

/** A reset link works only while the account is still at the address it was sent to. */
function boundToAddress(record: { data: unknown; user: { email: string } }): boolean {
  const data = ResetData.safeParse(record.data);
  return data.success && data.data.email === record.user.email;
}

function resetUrl(token: string): string {
  return `${env().FRONTEND_URL}/reset-password?token=${token}`;
}

/** The outbox's password-reset email; its token is derived from the row, so a retry sends the same link. */
export async function preparePasswordResetEmail(payload: { userId: string; language?: string }, row: { id: string }, now = new Date()): Promise<PreparedEmail | null> {
  const { token, tokenHash } = derivedToken("password_reset", row.id, env().AUTH_SECRET);
  const record = await db.verificationToken.findUnique({ where: { tokenHash }, include: { user: { include: { profile: { select: { language: true } } } } } });
  // Used, ended (a password change, a claim, a move…) or moved away since it was asked for: not sent.
  if (!record || record.used || record.expiresAt <= now || record.user.disabledAt || !boundToAddress(record)) return null;
  const user = record.user;
  const ttl = env().PASSWORD_RESET_TTL_MINUTES;
  return { userId: user.id, to: user.email, language: emailLanguageOf(user, payload.language), content: { template: "password-reset", props: { action_url: resetUrl(token), user_email: user.email, expires_minutes: ttl } } };
}

/** After any password change: the owner hears of it, with the way back if it was not them. */
export async function preparePasswordChangedEmail(payload: { userId: string }): Promise<PreparedEmail | null> {
  const user = await db.user.findUnique({ where: { id: payload.userId }, include: { profile: { select: { language: true } } } });
  if (!user) return null;
  return {
    userId: user.id,
    to: user.email,
    language: emailLanguageOf(user),
    content: { template: "password-changed", props: { action_url: `${env().FRONTEND_URL}/forgot-password`, user_email: user.email } },
  };
}

export type ResetLinkState = { status: "valid"; email: string } | { status: "expired" } | { status: "used" } | { status: "invalid" };

/** What a reset link is, without using it (the page a GET shows). */
export async function inspectResetLink(token: string, now = new Date()): Promise<ResetLinkState> {
  const record = await db.verificationToken.findUnique({ where: { tokenHash: hashToken(token) }, include: { user: { select: { email: true, disabledAt: true } } } });
  if (!record || record.purpose !== "password_reset" || record.user.disabledAt || !boundToAddress(record)) return { status: "invalid" };
  if (record.used) return { status: "used" };
  if (record.expiresAt <= now) return { status: "expired" };
  return { status: "valid", email: record.user.email };
}

/**
 * Uses a reset link: sets the new password, signs every session out (the account's version
 * moves on), proves the address (the link reached it), and returns the account to sign in
 * this browser only. Single use, decided by a conditional update under the row lock.
 */
export async function resetPassword(input: { token: string; password: string }, context: SignInContext, now = new Date()): Promise<SessionSubject> {
  const record = await db.verificationToken.findUnique({ where: { tokenHash: hashToken(input.token) }, include: { user: true } });
  if (!record || record.purpose !== "password_reset" || !boundToAddress(record)) throw new AppError("token_invalid", 400, "This link is not valid.");
  if (record.user.disabledAt) throw new AppError("account_disabled", 403, "This account is disabled. Contact support.");
  if (record.used) throw new AppError("token_used", 409, "This link was already used.");
  if (record.expiresAt <= now) throw new AppError("token_expired", 410, "This link has expired.");
  const problem = newPasswordProblem(input.password, record.user.email);
  if (problem) throw new AppError(problem, 422, problem, { password: problem });
  const passwordHash = await hashPassword(input.password);

  const user = await transactionWithOutbox(async (tx) => {
    const claimed = await tx.verificationToken.updateMany({ where: { id: record.id, used: false }, data: { used: true, usedAt: now } });
    if (claimed.count === 0) throw new AppError("token_used", 409, "This link was already used.");
    await endOutstanding(tx, record.userId, now);
    if (!record.user.emailVerified) await markEmailVerified(tx, record.user, now);
    const updated = await tx.user.update({ where: { id: record.userId }, data: { passwordHash, sessionVersion: { increment: 1 }, registrationBrowserHash: null } });
    await enqueueEmail(tx, "password-changed", { userId: updated.id });
    await recordSignIn(updated.id, "password_reset", context, tx);
    return updated;
  });
  await clearSignInFailures(user.email, context.ip);
  return { id: user.id, email: user.email, role: user.role, sessionVersion: user.sessionVersion };
}
