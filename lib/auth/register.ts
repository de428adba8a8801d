import { randomBytes } from "node:crypto";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import type { PreparedEmail } from "@/lib/email/send";
import { metrics } from "@/lib/observability/metrics";
import { outboxWritten } from "@/lib/outbox/write";
import { hashPassword } from "@/lib/auth/password";
import type { RegisterInput } from "@/lib/auth/schemas";
import { issueVerificationLink } from "@/lib/auth/verification";

export interface RegistrationReceipt {
  message: string;
  verificationRequired: boolean;
}

export type RegistrationOutcome = "created" | "existing_account";

const HOUR = 3_600_000;

/** Same shape as Prisma's cuid ids (the table's other rows), made here for the raw insert. */
function newUserId(): string {
  return `c${BigInt(`0x${randomBytes(16).toString("hex")}`).toString(36).padStart(25, "0").slice(0, 24)}`;
}

/**
 * Registers a creator. The answer is the same whether the address is new or already has an
 * account (OWASP: no account enumeration), and so is the work: one statement that either
 * creates the account (user, profile, onboarding session) and queues its verification email,
 * or queues an "account exists" notice to the owner — both through the outbox, so nothing is
 * rendered or sent while the person waits. `browserHash` binds the account to the browser
 * that registered (see lib/auth/verification.ts).
 */
export async function registerCreator(input: RegisterInput, browserHash: string | null = null, at = new Date()): Promise<{ receipt: RegistrationReceipt; outcome: RegistrationOutcome }> {
  const passwordHash = await hashPassword(input.password);
  const verificationRequired = env().FEATURE_EMAIL_VERIFICATION;
  const [result] = await db.$queryRaw<Array<{ created: boolean }>>`
    WITH new_user AS (
      INSERT INTO users (id, email, password_hash, registration_browser_hash, created_at, updated_at)
      VALUES (${newUserId()}, ${input.email}, ${passwordHash}, ${browserHash}, ${at}, ${at})
      ON CONFLICT (email) DO NOTHING
      RETURNING id
    ), new_profile AS (
      INSERT INTO creator_profiles (user_id, language, created_at, updated_at) SELECT id, ${input.language ?? "en"}, ${at}, ${at} FROM new_user
    ), new_session AS (
      INSERT INTO onboarding_sessions (user_id, started_at, updated_at) SELECT id, ${at}, ${at} FROM new_user
    ), target AS (
      SELECT id, true AS created FROM new_user
      UNION ALL
      SELECT id, false FROM users WHERE email = ${input.email}
    ), queued AS (
      INSERT INTO outbox_events (id, name, payload, available_at, created_at)
      SELECT gen_random_uuid()::text, CASE WHEN created THEN 'email/verify-email' ELSE 'email/account-exists' END, jsonb_build_object('userId', id), ${at}, ${at}
      FROM target WHERE NOT created OR ${verificationRequired}
    )
    SELECT EXISTS (SELECT 1 FROM new_user) AS created`;
  outboxWritten();
  const outcome: RegistrationOutcome = result.created ? "created" : "existing_account";
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
