import { createHash } from "node:crypto";
import { db, Prisma } from "@/lib/db";
import { env } from "@/lib/env";
import { AppError } from "@/lib/http/errors";
import { verifyPassword } from "@/lib/auth/password";
import { shutAccount } from "@/lib/auth/outstanding";

// The rights of access and portability (GDPR art. 15 and 20) and of erasure (art. 17): one JSON
// document of everything stored about a person, and a deletion that removes it while keeping
// the audit trail readable (its entries point to a tombstone, with the personal details gone).

const EXPORT_FORMAT = "ofm-onboarding/account-export@1" as const;

/** Everything stored about this account, as one JSON-ready object (no password hash, no token). */
export async function exportAccount(userId: string) {
  const user = await db.user.findUnique({
    where: { id: userId },
    include: {
      profile: true,
      onboardingSession: true,
      automationRuns: { orderBy: { createdAt: "asc" } },
      emails: { orderBy: { createdAt: "asc" }, omit: { outboxId: true } },
      signIns: { orderBy: { at: "asc" } },
      tags: { select: { tag: true, createdAt: true } },
      notes: { orderBy: { createdAt: "asc" }, select: { body: true, createdAt: true } },
    },
    omit: { passwordHash: true, registrationBrowserHash: true },
  });
  if (!user) throw new AppError("not_found", 404, "No account with this id.");
  const audit = await db.auditLog.findMany({ where: { targetType: "user", targetId: userId }, orderBy: { at: "asc" }, select: { action: true, outcome: true, at: true, details: true } });
  const { profile, onboardingSession, automationRuns, emails, signIns, tags, notes, ...account } = user;
  return {
    format: EXPORT_FORMAT,
    exportedAt: new Date().toISOString(),
    account,
    profile,
    onboardingSession,
    automationResults: automationRuns,
    emailDeliveries: emails,
    signIns,
    // What the agency recorded about you: its notes and tags, and what its admins did to your account.
    agencyNotes: notes,
    agencyTags: tags.map((entry) => entry.tag),
    auditEntries: audit,
  };
}

/** The id audit entries keep once the person is gone: stable for one account, not reversible. */
export function tombstoneId(userId: string): string {
  return `deleted:${createHash("sha256").update(`${env().AUTH_SECRET}:${userId}`).digest("hex").slice(0, 24)}`;
}

const ADMIN_LOCK = 72_010_001;

/**
 * Inside a transaction that removes or disables `userId`: refuses when it is the last active
 * admin. Every such change takes the same advisory lock, so two admins removing each other at
 * once cannot both succeed.
 */
export async function assertNotLastAdmin(tx: Prisma.TransactionClient, userId: string): Promise<void> {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(${ADMIN_LOCK})`;
  const others = await tx.user.count({ where: { role: "admin", disabledAt: null, id: { not: userId } } });
  if (others === 0) throw new AppError("last_admin", 409, "The last active admin cannot be removed or disabled: invite another admin first.");
}

export interface DeletionRequest {
  /** The account's own password (self-service); absent when an admin deletes (audited by them). */
  password?: string;
  actorId: string;
}

async function confirmDeletionPassword(passwordHash: string, password: string): Promise<void> {
  if (!(await verifyPassword(passwordHash, password))) throw new AppError("invalid_credentials", 422, "This is not the password of this account.", { password: "wrong_password" });
}

/** Settings asks "delete for good?" only once the password is known to be right: a wrong one is said first. */
export async function checkDeletionPassword(userId: string, password: string): Promise<void> {
  const user = await db.user.findUnique({ where: { id: userId }, select: { passwordHash: true } });
  if (!user) throw new AppError("not_found", 404, "No account with this id.");
  await confirmDeletionPassword(user.passwordHash, password);
}

/**
 * Deletes the account and what belongs to it (profile, session, tokens, sign-ins, emails sent,
 * delivery events and suppression of its address, notes and tags, the payloads of its Stripe
 * events); anonymises the audit trail
 * about it. The Stripe account is the creator's own and stays at Stripe: only our link to it
 * goes. The address is free for a new registration at once, and every session ends (the user
 * row is gone). Returns the tombstone.
 */
export async function deleteAccount(userId: string, request: DeletionRequest): Promise<string> {
  const user = await db.user.findUnique({ where: { id: userId } });
  if (!user) throw new AppError("not_found", 404, "No account with this id.");
  if (request.password !== undefined) await confirmDeletionPassword(user.passwordHash, request.password);
  const tombstone = tombstoneId(userId);
  await db.$transaction(async (tx) => {
    if (user.role === "admin") await assertNotLastAdmin(tx, userId);
    // Deleting sets the invitations' inviter to null: revoke the open ones first.
    await shutAccount(tx, userId, new Date());
    const messageIds = (await tx.emailLog.findMany({ where: { userId }, select: { providerMessageId: true } })).flatMap((log) => (log.providerMessageId ? [log.providerMessageId] : []));
    await tx.emailEvent.deleteMany({ where: { providerMessageId: { in: messageIds } } });
    await tx.emailSuppression.deleteMany({ where: { address: { in: [user.email, ...(user.pendingEmail ? [user.pendingEmail] : [])] } } });
    await tx.outboxEvent.deleteMany({ where: { status: "pending", payload: { path: ["userId"], equals: userId } } });
    // Stripe's events carried the account's email and metadata.user_id: the ids stay (so a
    // redelivery is still a no-op), the payloads and the link to the account go.
    const profile = await tx.creatorProfile.findUnique({ where: { userId }, select: { stripeAccountId: true } });
    if (profile?.stripeAccountId) await tx.stripeEvent.updateMany({ where: { accountId: profile.stripeAccountId }, data: { payload: {}, accountId: null } });
    // The audit trail stays, pointing to the tombstone, without the addresses its messages held.
    await tx.$executeRaw`UPDATE audit_log SET target_id = ${tombstone}, details = COALESCE(details, '{}'::jsonb) - 'values' - 'message' WHERE target_type = 'user' AND target_id = ${userId}`;
    await tx.auditLog.create({ data: { actorId: request.actorId === userId ? null : request.actorId, action: "account_deleted", targetType: "user", targetId: tombstone, outcome: "success", details: { by: request.actorId === userId ? "self" : "admin", role: user.role } as Prisma.InputJsonValue } });
    // Cascades: profile, onboarding session, tokens, automation runs, email log, sign-ins, notes, tags, saved views.
    await tx.user.delete({ where: { id: userId } });
  });
  return tombstone;
}
