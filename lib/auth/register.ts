import { Prisma } from "@/lib/generated/prisma/client";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { hashPassword } from "@/lib/auth/password";
import type { RegisterInput } from "@/lib/auth/schemas";
import { createVerificationToken, sendVerificationEmail } from "@/lib/auth/verification";
import { logger } from "@/lib/observability/logger";
import { sendEmail } from "@/lib/email/send";
import { metrics } from "@/lib/observability/metrics";

export interface RegistrationReceipt {
  message: string;
  verificationRequired: boolean;
}

export type RegistrationOutcome = "created" | "existing_account";

const HOUR = 3_600_000;

/**
 * Registers a creator. The answer is the same whether the address is new or already has an
 * account (OWASP: no account enumeration); the owner of an existing account is told by email.
 * The password is hashed first on both paths so both take the same time.
 */
export async function registerCreator(input: RegisterInput): Promise<{ receipt: RegistrationReceipt; outcome: RegistrationOutcome }> {
  const started = performance.now();
  const result = await register(input);
  // The two paths do different database work (≈ 9 ms apart at the median here); answering no
  // sooner than a fixed floor keeps the timing from telling them apart (OWASP, authentication
  // cheat sheet: "response times should be similar"). Waiting costs no CPU.
  await new Promise((resolve) => setTimeout(resolve, Math.max(0, RESPONSE_FLOOR_MS - (performance.now() - started))));
  return result;
}

const RESPONSE_FLOOR_MS = 80;

async function register(input: RegisterInput): Promise<{ receipt: RegistrationReceipt; outcome: RegistrationOutcome }> {
  const passwordHash = await hashPassword(input.password);
  const verificationRequired = env().FEATURE_EMAIL_VERIFICATION;
  const receipt: RegistrationReceipt = {
    message: verificationRequired
      ? "Check your inbox: we sent you a link to confirm your email address."
      : "Your account is ready: sign in to continue.",
    verificationRequired,
  };

  let created;
  try {
    // The account, its profile, its onboarding session and its first verification token are
    // one transaction: a failure leaves nothing behind. The email goes out after the commit.
    created = await db.$transaction(async (tx) => {
      const user = await tx.user.create({
        data: { email: input.email, passwordHash, profile: { create: { language: input.language ?? "en" } }, onboardingSession: { create: {} } },
      });
      return { user, issued: verificationRequired ? await createVerificationToken(tx, user.id) : null };
    });
  } catch (error) {
    if (!(error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002")) throw error;
    metrics().registrations.inc({ outcome: "existing_account" });
    await notifyExistingAccount(input.email);
    return { receipt, outcome: "existing_account" };
  }
  metrics().registrations.inc({ outcome: "created" });
  if (created.issued) {
    // Never fails the registration: the creator can ask for the link again.
    await sendVerificationEmail({ id: created.user.id, email: created.user.email, language: input.language ?? "en" }, created.issued).catch((error) =>
      logger().warn({ err: error }, "verification email not sent after registration"),
    );
  }
  return { receipt, outcome: "created" };
}

async function notifyExistingAccount(email: string): Promise<void> {
  const existing = await db.user.findUnique({ where: { email }, include: { profile: true } });
  if (!existing) return;
  await sendEmail({
    to: existing.email,
    language: existing.profile?.language ?? "en",
    userId: existing.id,
    // At most one notice per account per hour, however many attempts are made.
    idempotencyKey: `account-exists:${existing.id}:${Math.floor(Date.now() / HOUR)}`,
    content: { template: "account-exists", props: { user_email: existing.email, sign_in_url: `${env().FRONTEND_URL}/login` } },
  });
}
