import { db } from "@/lib/db";
import type { Role } from "@/lib/generated/prisma/enums";
import { AppError } from "@/lib/http/errors";
import { requestClaims, type TokenClaims } from "@/lib/auth/session-token";
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

/** The token's own revocation, read with the account's row in the same statement. */
function revocationOf(claims: TokenClaims) {
  return { where: { tokenId: claims.tokenId }, select: { tokenId: true } } as const;
}

/**
 * Whether a token's account still honours it: the one rule every reader applies (the API, the
 * pages, next-auth's own session endpoint). A disabled account, a bumped session version
 * (password change, "sign out everywhere") or a signed-out token ends it.
 */
function honoured(user: { disabledAt: Date | null; sessionVersion: number; revokedSessions: unknown[] } | null, claims: TokenClaims): user is NonNullable<typeof user> {
  return user !== null && !user.disabledAt && user.sessionVersion === claims.sessionVersion && user.revokedSessions.length === 0;
}

/** For next-auth's session endpoint, which renews the cookie it is shown unless it is refused here. */
export async function claimsHonoured(claims: TokenClaims): Promise<boolean> {
  const user = await db.user.findUnique({ where: { id: claims.userId }, select: { disabledAt: true, sessionVersion: true, revokedSessions: revocationOf(claims) }, relationLoadStrategy: "join" });
  return honoured(user, claims);
}

/**
 * The signed-in user, read from the database on every request: a role change, a disabled
 * account or a revoked session (older session version, or this token signed out) takes effect
 * at once, whatever the token still claims. `withOnboarding` joins the creator's profile and
 * onboarding session to that read, for the pages and routes that show them: one query per
 * request, not two.
 */
export async function signedInUser(headers: Headers, options: { withOnboarding?: boolean } = {}): Promise<SignedIn | null> {
  const claims = await requestClaims(headers);
  if (!claims) return null;
  const where = { id: claims.userId };
  const rows = options.withOnboarding ? await db.user.findUnique({ where, include: { ...ONBOARDING_ROWS, revokedSessions: revocationOf(claims) }, relationLoadStrategy: "join" }) : null;
  const user = options.withOnboarding
    ? rows
    : await db.user.findUnique({ where, select: { id: true, email: true, role: true, emailVerified: true, disabledAt: true, sessionVersion: true, profile: { select: { language: true } }, revokedSessions: revocationOf(claims) }, relationLoadStrategy: "join" });
  if (!honoured(user, claims)) return null;
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

