import { db, Prisma } from "@/lib/db";
import { env } from "@/lib/env";
import type { PreparedEmail } from "@/lib/email/send";
import { metrics } from "@/lib/observability/metrics";
import { enqueueEmail, transactionWithOutbox } from "@/lib/outbox/write";
import { hashPassword } from "@/lib/auth/password";
import type { RegisterInput } from "@/lib/auth/schemas";
import { issueVerificationLink } from "@/lib/auth/verification";
import { syncStall } from "@/lib/onboarding/nudges";

export interface RegistrationReceipt {
  message: string;
  verificationRequired: boolean;
}

export type RegistrationOutcome = "created" | "existing_account";

const HOUR = 3_600_000;

/** The account, its profile and onboarding session, and its verification email; false when the address is taken. */
async function createAccount(input: RegisterInput, passwordHash: string, browserHash: string | null, at: Date): Promise<boolean> {
  try {
    return await transactionWithOutbox(async (tx) => {
      const user = await tx.user.create({
        data: {
          email: input.email,
          passwordHash,
          registrationBrowserHash: browserHash,
          createdAt: at,
          // The browser's zone until the profile says otherwise: reminders arrive in the creator's daytime.
          profile: { create: { language: input.language ?? "en", createdAt: at, ...(input.timeZone ? { timezone: input.timeZone } : {}) } },
          onboardingSession: { create: { startedAt: at } },
        },
        select: { id: true },
      });
      // The reminders of the first stall are planned when the verification email goes out
      // (prepareVerificationEmail), not here: a new address must cost what a taken one does.
      if (env().FEATURE_EMAIL_VERIFICATION) await enqueueEmail(tx, "verify-email", { userId: user.id });
      else await syncStall(tx, user.id, at);
      return true;
    });
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") return false;
    throw error;
  }
}

/**
 * Registers a creator. The answer is the same whether the address is new or already has an
 * account (OWASP: no account enumeration), and so is the work: the password is hashed either
 * way, then the account is created with its verification email, or the owner is sent an
 * "account exists" notice, both through the outbox, so nothing is rendered or sent while the
 * person waits. `browserHash` binds the account to the browser that registered (see
 * lib/auth/verification.ts).
 */
export async function registerCreator(input: RegisterInput, browserHash: string | null = null, at = new Date()): Promise<{ receipt: RegistrationReceipt; outcome: RegistrationOutcome }> {
  const passwordHash = await hashPassword(input.password);
  const verificationRequired = env().FEATURE_EMAIL_VERIFICATION;
  const created = await createAccount(input, passwordHash, browserHash, at);
  if (!created) {
    await transactionWithOutbox(async (tx) => {
      const owner = await tx.user.findUnique({ where: { email: input.email }, select: { id: true } });
      if (owner) await enqueueEmail(tx, "account-exists", { userId: owner.id });
    });
  }
  const outcome: RegistrationOutcome = created ? "created" : "existing_account";
  metrics().registrations.inc({ outcome });
  return {
    outcome,
    receipt: {
      message: verificationRequired ? "Check your inbox: we sent you a link to confirm your email address." : "Your account is ready: sign in to continue.",
      verificationRequired,
    },
  };
}

/**
 * The outbox's "account exists" notice: at most one per account per hour, however many
 * attempts are made. An account still waiting for verification gets a confirmation link in
 * it, so an owner whose address someone else registered first can always claim it.
 */
export async function prepareAccountExistsEmail(payload: { userId: string }, row: { id: string; createdAt: Date }): Promise<PreparedEmail | null> {
  const user = await db.user.findUnique({ where: { id: payload.userId }, include: { profile: { select: { language: true } } } });
  if (!user || user.disabledAt) return null;
  const recent = await db.emailLog.count({ where: { userId: user.id, template: "account-exists", status: { not: "failed" }, createdAt: { gt: new Date(row.createdAt.getTime() - HOUR) }, outboxId: { not: row.id } } });
  if (recent > 0) return null;
  const verificationUrl = !user.emailVerified && env().FEATURE_EMAIL_VERIFICATION ? await issueVerificationLink(user.id, row) : undefined;
  return {
    userId: user.id,
    to: user.email,
    language: user.profile?.language ?? "en",
    content: { template: "account-exists", props: { user_email: user.email, sign_in_url: `${env().FRONTEND_URL}/login`, ...(verificationUrl ? { verification_url: verificationUrl } : {}) } },
  };
}
