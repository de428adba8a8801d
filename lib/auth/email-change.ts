import { z } from "zod";
import { db, Prisma } from "@/lib/db";
import { env } from "@/lib/env";
import type { PreparedEmail } from "@/lib/email/send";
import { AppError } from "@/lib/http/errors";
import { enqueueEmail, transactionWithOutbox } from "@/lib/outbox/write";
import { emailLanguageOf } from "@/lib/auth/email-language";
import { endOutstanding } from "@/lib/auth/outstanding";
import { verifyPassword } from "@/lib/auth/password";
import { derivedToken, hashToken } from "@/lib/auth/tokens";

// Changing the account's address: nothing changes until the new address confirms (a link sent
// there), and the old address is told at once, with a link that cancels the change — or undoes
// it and signs everyone out, if it already happened. Whether the new address already has an
// account is only said to whoever opens the link sent to it, never to the person asking.
// Only a verified account may move: an unverified one may be held by someone who registered an
// address that is not theirs (decision 005). The links exist from the request on (their tokens
// derive from the outbox rows), so whatever ends outstanding links ends queued ones too.

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

const ChangeData = z.object({ oldEmail: z.string(), newEmail: z.string() });

export async function requestEmailChange(userId: string, input: { newEmail: string; password: string }): Promise<void> {
  const user = await db.user.findUniqueOrThrow({ where: { id: userId } });
  if (!(await verifyPassword(user.passwordHash, input.password))) throw new AppError("invalid_credentials", 422, "This is not the password of this account.", { password: "wrong_password" });
  if (input.newEmail === user.email) throw new AppError("email_unchanged", 422, "This is already your address.", { newEmail: "email_unchanged" });
  if (!user.emailVerified) throw new AppError("email_not_verified", 403, "Confirm your current address first, then change it.");
  const change = { userId, oldEmail: user.email, newEmail: input.newEmail };
  const now = new Date();
  await transactionWithOutbox(async (tx) => {
    await tx.user.update({ where: { id: userId }, data: { pendingEmail: input.newEmail } });
    // A newer request replaces the older one: its links stop working.
    await tx.verificationToken.updateMany({ where: { userId, purpose: "email_change", used: false }, data: { expiresAt: now } });
    const verifyRow = await enqueueEmail(tx, "email-change-verify", change);
    await issueLink(tx, "email_change", verifyRow, change, new Date(now.getTime() + env().EMAIL_CHANGE_TTL_MINUTES * MINUTE));
    const noticeRow = await enqueueEmail(tx, "email-change-notice", change);
    await issueLink(tx, "email_change_undo", noticeRow, change, new Date(now.getTime() + env().EMAIL_CHANGE_UNDO_TTL_HOURS * HOUR));
  });
}

/** Stops a pending change from the settings page (its links stop working). */
export async function cancelPendingEmailChange(userId: string): Promise<void> {
  await db.$transaction([
    db.user.update({ where: { id: userId }, data: { pendingEmail: null } }),
    db.verificationToken.updateMany({ where: { userId, purpose: "email_change", used: false }, data: { expiresAt: new Date() } }),
  ]);
}

type ChangePurpose = "email_change" | "email_change_undo";

async function issueLink(tx: Prisma.TransactionClient, purpose: ChangePurpose, outboxId: string, change: { userId: string } & z.infer<typeof ChangeData>, expiresAt: Date): Promise<void> {
  const { tokenHash } = derivedToken(purpose, outboxId, env().AUTH_SECRET);
  await tx.verificationToken.create({ data: { userId: change.userId, purpose, tokenHash, data: { oldEmail: change.oldEmail, newEmail: change.newEmail }, expiresAt } });
}

/** The link of an outbox row, while it still works (null once it was used or ended). */
async function liveLink(purpose: ChangePurpose, row: { id: string }, now = new Date()): Promise<string | null> {
  const { token, tokenHash } = derivedToken(purpose, row.id, env().AUTH_SECRET);
  const record = await db.verificationToken.findUnique({ where: { tokenHash } });
  if (!record || record.used || record.expiresAt <= now) return null;
  return `${env().FRONTEND_URL}/${purpose === "email_change" ? "confirm-email-change" : "undo-email-change"}?token=${token}`;
}

/** To the new address, while that change is still the one pending. */
export async function prepareEmailChangeVerifyEmail(payload: { userId: string; oldEmail: string; newEmail: string }, row: { id: string }): Promise<PreparedEmail | null> {
  const user = await db.user.findUnique({ where: { id: payload.userId }, include: { profile: { select: { language: true } } } });
  if (!user || user.disabledAt || user.pendingEmail !== payload.newEmail) return null;
  const url = await liveLink("email_change", row);
  if (!url) return null;
  const ttl = env().EMAIL_CHANGE_TTL_MINUTES;
  return {
    userId: user.id,
    to: payload.newEmail,
    language: emailLanguageOf(user),
    content: { template: "email-change-verify", props: { action_url: url, user_email: payload.newEmail, other_email: payload.oldEmail, expires_minutes: ttl } },
  };
}

/** To the old address: the owner learns of the request and can stop it (unless it was ended meanwhile). */
export async function prepareEmailChangeNoticeEmail(payload: { userId: string; oldEmail: string; newEmail: string }, row: { id: string }): Promise<PreparedEmail | null> {
  const user = await db.user.findUnique({ where: { id: payload.userId }, include: { profile: { select: { language: true } } } });
  if (!user) return null;
  const url = await liveLink("email_change_undo", row);
  if (!url) return null;
  return {
    userId: user.id,
    to: payload.oldEmail,
    language: emailLanguageOf(user),
    content: { template: "email-change-notice", props: { action_url: url, user_email: payload.oldEmail, other_email: payload.newEmail } },
  };
}

export type ChangeLinkState = { status: "valid"; oldEmail: string; newEmail: string; done: boolean } | { status: "expired" } | { status: "used" } | { status: "invalid" };

export async function inspectEmailChangeLink(token: string, purpose: "email_change" | "email_change_undo", now = new Date()): Promise<ChangeLinkState> {
  const record = await db.verificationToken.findUnique({ where: { tokenHash: hashToken(token) }, include: { user: { select: { email: true, pendingEmail: true } } } });
  const data = ChangeData.safeParse(record?.data);
  if (!record || record.purpose !== purpose || !data.success) return { status: "invalid" };
  if (record.used) return { status: "used" };
  if (record.expiresAt <= now) return { status: "expired" };
  // A confirmation link of a change that was cancelled or replaced since is spent.
  if (purpose === "email_change" && record.user.pendingEmail !== data.data.newEmail) return { status: "used" };
  return { status: "valid", ...data.data, done: record.user.email === data.data.newEmail };
}

async function claim(tx: Prisma.TransactionClient, token: string, purpose: "email_change" | "email_change_undo", now: Date) {
  const record = await tx.verificationToken.findUnique({ where: { tokenHash: hashToken(token) } });
  const data = ChangeData.safeParse(record?.data);
  if (!record || record.purpose !== purpose || !data.success) throw new AppError("token_invalid", 400, "This link is not valid.");
  if (record.expiresAt <= now) throw new AppError("token_expired", 410, "This link has expired.");
  const claimed = await tx.verificationToken.updateMany({ where: { id: record.id, used: false }, data: { used: true, usedAt: now } });
  if (claimed.count === 0) throw new AppError("token_used", 409, "This link was already used.");
  return { userId: record.userId, ...data.data };
}

/** The new address confirms: the account moves to it (its address is proven by the click). */
/** An address another account took meanwhile (the unique index decides, not a prior read). */
async function takenAsConflict<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") throw new AppError("email_taken", 409, "Another account uses this address now.");
    throw error;
  }
}

export async function confirmEmailChange(token: string, now = new Date()): Promise<{ email: string }> {
  return takenAsConflict(() =>
    db.$transaction(async (tx) => {
      const change = await claim(tx, token, "email_change", now);
      const moved = await tx.user.updateMany({ where: { id: change.userId, pendingEmail: change.newEmail }, data: { email: change.newEmail, pendingEmail: null } });
      if (moved.count === 0) throw new AppError("token_used", 409, "This change was cancelled or replaced by a newer one.");
      // Links sent to the old address (a reset, another change) end; this change's undo link stays.
      await endOutstanding(tx, change.userId, now, { newEmail: change.newEmail });
      return { email: change.newEmail };
    }),
  );
}

/** The old address says "not me": a pending change is cancelled; a done one is undone and every session ends. */
export async function undoEmailChange(token: string, now = new Date()): Promise<{ undone: boolean; email: string }> {
  return takenAsConflict(() => db.$transaction(async (tx) => {
    const change = await claim(tx, token, "email_change_undo", now);
    await endOutstanding(tx, change.userId, now);
    const reverted = await tx.user.updateMany({ where: { id: change.userId, email: change.newEmail }, data: { email: change.oldEmail, sessionVersion: { increment: 1 } } });
    return { undone: reverted.count > 0, email: change.oldEmail };
  }));
}
