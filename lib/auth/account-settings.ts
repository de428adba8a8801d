import { db } from "@/lib/db";
import { AppError } from "@/lib/http/errors";
import type { Language } from "@/lib/i18n";
import { enqueueEmail, transactionWithOutbox } from "@/lib/outbox/write";
import { endOutstanding } from "@/lib/auth/outstanding";
import { hashPassword, verifyPassword } from "@/lib/auth/password";
import { newPasswordProblem } from "@/lib/auth/password-policy";
import type { SessionSubject } from "@/lib/auth/session-token";

// What an account changes about itself from /settings (or PATCH-like API calls). Changing the
// address is in email-change.ts, deleting and exporting in account-data.ts.

/**
 * Changes the password with the current one as proof. Every other session ends (the account's
 * version moves on), and every link still outstanding; the caller re-issues this browser's session from the returned subject.
 */
export async function changePassword(userId: string, input: { currentPassword: string; newPassword: string }): Promise<SessionSubject> {
  const user = await db.user.findUniqueOrThrow({ where: { id: userId } });
  if (!(await verifyPassword(user.passwordHash, input.currentPassword))) throw new AppError("invalid_credentials", 422, "This is not your current password.", { currentPassword: "wrong_password" });
  const problem = newPasswordProblem(input.newPassword, user.email);
  if (problem) throw new AppError(problem, 422, problem, { newPassword: problem });
  const passwordHash = await hashPassword(input.newPassword);
  const updated = await transactionWithOutbox(async (tx) => {
    const changed = await tx.user.update({ where: { id: userId }, data: { passwordHash, sessionVersion: { increment: 1 } } });
    await endOutstanding(tx, userId, new Date());
    await enqueueEmail(tx, "password-changed", { userId });
    return changed;
  });
  return { id: updated.id, email: updated.email, role: updated.role, sessionVersion: updated.sessionVersion };
}

/** A creator's emails follow their profile language; an admin's, the account's own setting. */
export async function setEmailLanguage(userId: string, language: Language): Promise<void> {
  const updated = await db.creatorProfile.updateMany({ where: { userId }, data: { language } });
  if (updated.count === 0) await db.user.update({ where: { id: userId }, data: { emailLanguage: language } });
}
