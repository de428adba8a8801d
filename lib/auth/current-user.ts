import { db } from "@/lib/db";
import type { Role } from "@/lib/generated/prisma/enums";
import { AppError } from "@/lib/http/errors";
import { tokenSubject } from "@/lib/auth/session-token";

export interface CurrentUser {
  id: string;
  email: string;
  role: Role;
  emailVerified: boolean;
}

/**
 * The signed-in user, read from the database on every request: a role change or a disabled
 * account takes effect at once, whatever the token still claims.
 */
export async function currentUser(headers: Headers): Promise<CurrentUser | null> {
  const userId = await tokenSubject(headers);
  if (!userId) return null;
  const user = await db.user.findUnique({ where: { id: userId }, select: { id: true, email: true, role: true, emailVerified: true, disabledAt: true } });
  if (!user || user.disabledAt) return null;
  return { id: user.id, email: user.email, role: user.role, emailVerified: user.emailVerified };
}

/** 401 without a valid session or token, 403 when the role is not allowed. */
export async function requireUser(headers: Headers, options: { roles?: Role[] } = {}): Promise<CurrentUser> {
  const user = await currentUser(headers);
  if (!user) throw new AppError("unauthenticated", 401, "Sign in to continue.");
  if (options.roles && !options.roles.includes(user.role)) throw new AppError("forbidden", 403, "You do not have access to this.");
  return user;
}
