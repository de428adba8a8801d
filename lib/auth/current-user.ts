import { db } from "@/lib/db";
import type { Role } from "@/lib/generated/prisma/enums";
import { AppError } from "@/lib/http/errors";
import { requestClaims } from "@/lib/auth/session-token";

export interface CurrentUser {
  id: string;
  email: string;
  role: Role;
  emailVerified: boolean;
  sessionVersion: number;
}

/**
 * The signed-in user, read from the database on every request: a role change, a disabled
 * account or a revoked session (older session version) takes effect at once, whatever the
 * token still claims. The creator's profile language comes in the same read (pages use it).
 */
export async function signedInUser(headers: Headers): Promise<{ user: CurrentUser; language: string | null } | null> {
  const claims = await requestClaims(headers);
  if (!claims) return null;
  const user = await db.user.findUnique({
    where: { id: claims.userId },
    select: { id: true, email: true, role: true, emailVerified: true, disabledAt: true, sessionVersion: true, profile: { select: { language: true } } },
    relationLoadStrategy: "join",
  });
  if (!user || user.disabledAt || user.sessionVersion !== claims.sessionVersion) return null;
  return { user: { id: user.id, email: user.email, role: user.role, emailVerified: user.emailVerified, sessionVersion: user.sessionVersion }, language: user.profile?.language ?? null };
}

export async function currentUser(headers: Headers): Promise<CurrentUser | null> {
  return (await signedInUser(headers))?.user ?? null;
}

/** 401 without a valid session or token, 403 when the role is not allowed. */
export async function requireUser(headers: Headers, options: { roles?: readonly Role[] } = {}): Promise<CurrentUser> {
  const user = await currentUser(headers);
  if (!user) throw new AppError("unauthenticated", 401, "Sign in to continue.");
  if (options.roles && !options.roles.includes(user.role)) throw new AppError("forbidden", 403, "You do not have access to this.");
  return user;
}

/** Signs the account out of every browser and API client: their tokens carry the old version. */
export async function revokeAllSessions(userId: string): Promise<number> {
  const updated = await db.user.update({ where: { id: userId }, data: { sessionVersion: { increment: 1 } }, select: { sessionVersion: true } });
  return updated.sessionVersion;
}
