import { z } from "zod";
import { db, Prisma } from "@/lib/db";
import { env } from "@/lib/env";
import type { PreparedEmail } from "@/lib/email/send";
import { AppError } from "@/lib/http/errors";
import { LANGUAGES } from "@/lib/i18n";
import { enqueueEmail, transactionWithOutbox } from "@/lib/outbox/write";
import { assertAdmin, type Actor } from "@/lib/admin/guard";
import { assertNotLastAdmin, deleteAccount } from "@/lib/auth/account-data";
import { shutAccount } from "@/lib/auth/outstanding";
import { hashPassword } from "@/lib/auth/password";
import { newPasswordProblem } from "@/lib/auth/password-policy";
import { EmailSchema } from "@/lib/auth/schemas";
import type { SessionSubject } from "@/lib/auth/session-token";
import { recordSignIn, type SignInContext } from "@/lib/auth/sign-ins";
import { derivedToken, hashToken } from "@/lib/auth/tokens";

// The agency's admins: invited by email (a single-use link; accepting sets the password),
// listed, disabled, re-enabled and removed by other admins — all audited. The last active
// admin can be neither removed nor disabled (assertNotLastAdmin, under one advisory lock).

const HOUR = 3_600_000;

export const InviteInput = z.object({ email: EmailSchema, language: z.enum(LANGUAGES).default("en") });

async function audit(tx: Prisma.TransactionClient, actor: Actor, action: string, targetType: "user" | "invite", targetId: string, details: Prisma.InputJsonValue = {}) {
  await tx.auditLog.create({ data: { actorId: actor.id, action, targetType, targetId, outcome: "success", details } });
}

export async function listTeam(actor: Actor) {
  assertAdmin(actor);
  const [admins, invites] = await Promise.all([
    db.user.findMany({
      where: { role: "admin" },
      orderBy: { createdAt: "asc" },
      select: { id: true, email: true, createdAt: true, disabledAt: true, signIns: { orderBy: { at: "desc" }, take: 1, select: { at: true } } },
    }),
    db.adminInvite.findMany({ where: { acceptedAt: null, revokedAt: null, expiresAt: { gt: new Date() } }, orderBy: { createdAt: "desc" }, include: { invitedBy: { select: { email: true } } } }),
  ]);
  return {
    admins: admins.map(({ signIns, ...admin }) => ({ ...admin, lastSignInAt: signIns[0]?.at ?? null })),
    invites: invites.map((invite) => ({ id: invite.id, email: invite.email, expiresAt: invite.expiresAt, invitedBy: invite.invitedBy?.email ?? null })),
  };
}

export async function inviteAdmin(actor: Actor, input: z.infer<typeof InviteInput>): Promise<void> {
  assertAdmin(actor);
  if (await db.user.findUnique({ where: { email: input.email }, select: { id: true } })) {
    throw new AppError("invite_account_exists", 409, "An account already uses this address.", { email: "invite_account_exists" });
  }
  await transactionWithOutbox(async (tx) => {
    // A new invitation replaces an older one to the same address.
    await tx.adminInvite.updateMany({ where: { email: input.email, acceptedAt: null, revokedAt: null }, data: { revokedAt: new Date() } });
    const invite = await tx.adminInvite.create({ data: { email: input.email, language: input.language, invitedById: actor.id, expiresAt: new Date(Date.now() + env().ADMIN_INVITE_TTL_HOURS * HOUR) } });
    await enqueueEmail(tx, "admin-invite", { inviteId: invite.id });
    await audit(tx, actor, "admin_invited", "invite", invite.id, { email: input.email });
  });
}

export async function revokeInvite(actor: Actor, inviteId: string): Promise<void> {
  assertAdmin(actor);
  await db.$transaction(async (tx) => {
    const revoked = await tx.adminInvite.updateMany({ where: { id: inviteId, acceptedAt: null, revokedAt: null }, data: { revokedAt: new Date() } });
    if (revoked.count > 0) await audit(tx, actor, "admin_invite_revoked", "invite", inviteId);
  });
}

/** The outbox's invitation; the link's token is derived from the row (a retried send is the same email). */
export async function prepareAdminInviteEmail(payload: { inviteId: string }, row: { id: string; createdAt: Date }): Promise<PreparedEmail | null> {
  const invite = await db.adminInvite.findUnique({ where: { id: payload.inviteId }, include: { invitedBy: { select: { email: true } } } });
  if (!invite || invite.acceptedAt || invite.revokedAt || invite.expiresAt <= new Date()) return null;
  const { token, tokenHash } = derivedToken("admin_invite", row.id, env().AUTH_SECRET);
  await db.adminInvite.update({ where: { id: invite.id }, data: { tokenHash } });
  return {
    userId: undefined,
    to: invite.email,
    language: invite.language,
    content: {
      template: "admin-invite",
      props: { action_url: `${env().FRONTEND_URL}/accept-invite?token=${token}`, user_email: invite.email, other_email: invite.invitedBy?.email ?? "OFM Onboarding", expires_minutes: Math.round((invite.expiresAt.getTime() - row.createdAt.getTime()) / 60_000) },
    },
  };
}

export type InviteState = { status: "valid"; email: string } | { status: "expired" } | { status: "used" } | { status: "invalid" };

/**
 * Disabling or removing an admin revokes their open invitations (shutAccount); the door checks
 * it again, so an invitation of a disabled inviter never lets anyone in. An invitation with no
 * inviter (the bootstrap script's) stands on its own.
 */
function inviterStillAdmits(invite: { invitedBy: { disabledAt: Date | null } | null }): boolean {
  return !invite.invitedBy?.disabledAt;
}

export async function inspectInvite(token: string, now = new Date()): Promise<InviteState> {
  const invite = await db.adminInvite.findUnique({ where: { tokenHash: hashToken(token) }, include: { invitedBy: { select: { disabledAt: true } } } });
  if (!invite || invite.revokedAt || !inviterStillAdmits(invite)) return { status: "invalid" };
  if (invite.acceptedAt) return { status: "used" };
  if (invite.expiresAt <= now) return { status: "expired" };
  return { status: "valid", email: invite.email };
}

/** Accepting creates the admin account with the chosen password and signs in this browser. */
export async function acceptInvite(input: { token: string; password: string }, context: SignInContext, now = new Date()): Promise<SessionSubject> {
  const invite = await db.adminInvite.findUnique({ where: { tokenHash: hashToken(input.token) }, include: { invitedBy: { select: { disabledAt: true } } } });
  if (!invite || invite.revokedAt || !inviterStillAdmits(invite)) throw new AppError("token_invalid", 400, "This invitation is not valid.");
  if (invite.acceptedAt) throw new AppError("token_used", 409, "This invitation was already accepted.");
  if (invite.expiresAt <= now) throw new AppError("token_expired", 410, "This invitation has expired.");
  const problem = newPasswordProblem(input.password, invite.email);
  if (problem) throw new AppError(problem, 422, problem, { password: problem });
  const passwordHash = await hashPassword(input.password);
  try {
    return await db.$transaction(async (tx) => {
      const claimed = await tx.adminInvite.updateMany({ where: { id: invite.id, acceptedAt: null, revokedAt: null }, data: { acceptedAt: now } });
      if (claimed.count === 0) throw new AppError("token_used", 409, "This invitation was already accepted.");
      const user = await tx.user.create({ data: { email: invite.email, passwordHash, role: "admin", emailVerified: true, emailVerifiedAt: now, emailLanguage: invite.language } });
      await tx.auditLog.create({ data: { actorId: invite.invitedById, action: "admin_joined", targetType: "user", targetId: user.id, outcome: "success", details: { inviteId: invite.id } } });
      await recordSignIn(user.id, "invite", context, tx);
      return { id: user.id, email: user.email, role: user.role, sessionVersion: user.sessionVersion };
    });
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") throw new AppError("invite_account_exists", 409, "An account already uses this address.");
    throw error;
  }
}

/** Disables or re-enables any account; an admin only while another active admin remains. */
export async function setAccountDisabled(actor: Actor, userId: string, disabled: boolean): Promise<void> {
  assertAdmin(actor);
  await db.$transaction(async (tx) => {
    const target = await tx.user.findUnique({ where: { id: userId }, select: { role: true, disabledAt: true } });
    if (!target) throw new AppError("not_found", 404, "No account with this id.");
    if (disabled && target.role === "admin") await assertNotLastAdmin(tx, userId);
    const now = new Date();
    await tx.user.update({ where: { id: userId }, data: { disabledAt: disabled ? now : null } });
    if (disabled) await shutAccount(tx, userId, now);
    await audit(tx, actor, disabled ? "disable_account" : "enable_account", "user", userId);
  });
}

/** Removes an admin from the team: their account goes (their past actions keep their audit rows). */
export async function removeAdmin(actor: Actor, userId: string): Promise<void> {
  assertAdmin(actor);
  const target = await db.user.findUnique({ where: { id: userId }, select: { role: true } });
  if (!target || target.role !== "admin") throw new AppError("not_found", 404, "No admin with this id.");
  await deleteAccount(userId, { actorId: actor.id });
}
