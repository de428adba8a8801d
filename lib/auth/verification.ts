import type { Prisma } from "@/lib/generated/prisma/client";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { sendEmail, type EmailOutcome } from "@/lib/email/send";
import { advanceOnboarding } from "@/lib/onboarding/advance";
import { metrics } from "@/lib/observability/metrics";
import { createRandomToken, hashToken } from "@/lib/auth/tokens";

const SIGN_IN_TICKET_MINUTES = 15;
const MINUTE = 60_000;

/** A new verification token for the user, inside the caller's transaction; older ones stop working. */
export async function createVerificationToken(tx: Prisma.TransactionClient, userId: string, now = new Date()): Promise<{ token: string; tokenId: string }> {
  const { token, tokenHash } = createRandomToken();
  await tx.verificationToken.updateMany({ where: { userId, purpose: "email_verify", used: false, expiresAt: { gt: now } }, data: { expiresAt: now } });
  const record = await tx.verificationToken.create({
    data: { userId, purpose: "email_verify", tokenHash, expiresAt: new Date(now.getTime() + env().EMAIL_VERIFICATION_TTL_MINUTES * MINUTE) },
  });
  return { token, tokenId: record.id };
}

/** Emails the link for a token created by createVerificationToken. */
export async function sendVerificationEmail(user: { id: string; email: string; language: string }, issued: { token: string; tokenId: string }): Promise<EmailOutcome> {
  return sendEmail({
    to: user.email,
    language: user.language,
    userId: user.id,
    idempotencyKey: `verify-email:${issued.tokenId}`,
    content: {
      template: "verify-email",
      props: { verification_url: `${env().FRONTEND_URL}/verify-email?token=${issued.token}`, user_email: user.email, expires_minutes: env().EMAIL_VERIFICATION_TTL_MINUTES },
    },
  });
}

/**
 * Sends a fresh verification link. Earlier unused links stop working (their expiry is
 * moved to now, so they report "expired" with a way to get a new one).
 */
export async function issueVerificationEmail(userId: string): Promise<EmailOutcome | { status: "already_verified" }> {
  const user = await db.user.findUniqueOrThrow({ where: { id: userId }, include: { profile: true } });
  if (user.emailVerified) return { status: "already_verified" };
  const issued = await db.$transaction((tx) => createVerificationToken(tx, userId));
  return sendVerificationEmail({ id: user.id, email: user.email, language: user.profile?.language ?? "en" }, issued);
}

export type VerificationResult =
  | { status: "verified"; userId: string; signInTicket: string }
  | { status: "expired"; userId: string }
  | { status: "used"; userId: string }
  | { status: "invalid" };

/** Consumes a verification link: single use, checked and claimed in one transaction. */
export async function verifyEmailToken(token: string): Promise<VerificationResult> {
  const result = await claimVerificationToken(token);
  if (result.status === "verified") metrics().verificationsCompleted.inc();
  return result;
}

async function claimVerificationToken(token: string): Promise<VerificationResult> {
  const now = new Date();
  return db.$transaction(async (tx) => {
    const record = await tx.verificationToken.findUnique({ where: { tokenHash: hashToken(token) }, include: { user: true } });
    if (!record || record.purpose !== "email_verify") return { status: "invalid" };
    if (record.used) return { status: "used", userId: record.userId };
    if (record.expiresAt <= now) return { status: "expired", userId: record.userId };

    // The condition on `used` makes concurrent clicks race on the row lock: one wins.
    const claimed = await tx.verificationToken.updateMany({ where: { id: record.id, used: false }, data: { used: true, usedAt: now } });
    if (claimed.count === 0) return { status: "used", userId: record.userId };

    if (!record.user.emailVerified) {
      await tx.user.update({ where: { id: record.userId }, data: { emailVerified: true, emailVerifiedAt: now } });
      if (env().FEATURE_EMAIL_VERIFICATION) await advanceOnboarding(tx, record.userId, "email_verified", {}, now);
    }

    const ticket = createRandomToken();
    await tx.verificationToken.create({
      data: { userId: record.userId, purpose: "sign_in", tokenHash: ticket.tokenHash, expiresAt: new Date(now.getTime() + SIGN_IN_TICKET_MINUTES * MINUTE) },
    });
    return { status: "verified", userId: record.userId, signInTicket: ticket.token };
  });
}

/** The user a sign-in ticket belongs to, claiming the ticket; null if unusable. */
export async function redeemSignInTicket(ticket: string): Promise<{ id: string; email: string; role: "creator" | "admin" } | null> {
  const now = new Date();
  const record = await db.verificationToken.findUnique({ where: { tokenHash: hashToken(ticket) }, include: { user: true } });
  if (!record || record.purpose !== "sign_in" || record.used || record.expiresAt <= now || record.user.disabledAt) return null;
  const claimed = await db.verificationToken.updateMany({ where: { id: record.id, used: false }, data: { used: true, usedAt: now } });
  if (claimed.count === 0) return null;
  return { id: record.user.id, email: record.user.email, role: record.user.role };
}

/**
 * Resends a verification link to the account with this email, or to the owner of an expired
 * link. Says nothing about whether the account exists: the caller answers the same either way.
 */
export async function resendVerification(target: { userId: string } | { email: string } | { expiredToken: string }): Promise<void> {
  let userId: string | undefined;
  if ("userId" in target) userId = target.userId;
  else if ("email" in target) userId = (await db.user.findUnique({ where: { email: target.email }, select: { id: true } }))?.id;
  else {
    const record = await db.verificationToken.findUnique({ where: { tokenHash: hashToken(target.expiredToken) }, select: { userId: true, purpose: true } });
    userId = record?.purpose === "email_verify" ? record.userId : undefined;
  }
  if (userId) await issueVerificationEmail(userId);
}

export const RESEND_RECEIPT = { message: "If this address has an account waiting for verification, a new link is on its way." };
