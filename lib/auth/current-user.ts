import { db } from "@/lib/db";
import type { Role } from "@/lib/generated/prisma/enums";
import { AppError } from "@/lib/http/errors";
import { requestClaims } from "@/lib/auth/session-token";
import { ONBOARDING_ROWS, type UserWithOnboardingRows } from "@/lib/onboarding/wizard";

export type { UserWithOnboardingRows };

export interface CurrentUser {
  id: string;
  email: string;
  role: Role;
  emailVerified: boolean;
  sessionVersion: number;
}

export interface SignedIn {
  user: CurrentUser;
  /** The creator's profile language (pages are shown in it); null for admins. */
  language: string | null;
  /** With `withOnboarding`: the user's row joined to the creator's onboarding rows. */
  rows: UserWithOnboardingRows | null;
}

/**
 * The signed-in user, read from the database on every request: a role change, a disabled
 * account or a revoked session (older session version) takes effect at once, whatever the
 * token still claims. `withOnboarding` joins the creator's profile and onboarding session to
 * that read, for the pages and routes that show them: one query per request, not two.
 */
export async function signedInUser(headers: Headers, options: { withOnboarding?: boolean } = {}): Promise<SignedIn | null> {
  const claims = await requestClaims(headers);
  if (!claims) return null;
  const where = { id: claims.userId };
  const rows = options.withOnboarding ? await db.user.findUnique({ where, include: ONBOARDING_ROWS, relationLoadStrategy: "join" }) : null;
  const user = options.withOnboarding
    ? rows
    : await db.user.findUnique({ where, select: { id: true, email: true, role: true, emailVerified: true, disabledAt: true, sessionVersion: true, profile: { select: { language: true } } }, relationLoadStrategy: "join" });
  if (!user || user.disabledAt || user.sessionVersion !== claims.sessionVersion) return null;
  return { user: { id: user.id, email: user.email, role: user.role, emailVerified: user.emailVerified, sessionVersion: user.sessionVersion }, language: user.profile?.language ?? null, rows };
}

export async function currentUser(headers: Headers): Promise<CurrentUser | null> {
  return (await signedInUser(headers))?.user ?? null;
}

/** 401 without a valid session or token, 403 when the role is not allowed. */
export async function requireSignedIn(headers: Headers, options: { roles?: readonly Role[]; withOnboarding?: boolean } = {}): Promise<SignedIn> {
  const signedIn = await signedInUser(headers, options);
  if (!signedIn) throw new AppError("unauthenticated", 401, "Sign in to continue.");
  if (options.roles && !options.roles.includes(signedIn.user.role)) throw new AppError("forbidden", 403, "You do not have access to this.");
  return signedIn;
}

export async function requireUser(headers: Headers, options: { roles?: readonly Role[] } = {}): Promise<CurrentUser> {
  return (await requireSignedIn(headers, options)).user;
}

