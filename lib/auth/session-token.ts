import { randomUUID } from "node:crypto";
import { decode, encode, type JWT } from "next-auth/jwt";
import { env } from "@/lib/env";
import { readCookie, usesSecureCookies } from "@/lib/http/cookies";

// Sessions are next-auth JWTs (encrypted with a key next-auth derives from AUTH_SECRET; its own
// encode and decode). API clients get the same
// kind of token, shorter-lived, as a Bearer token. Each carries its kind, so a session cookie
// is never accepted as a Bearer token or the reverse, and the account's session version, so
// bumping `users.session_version` revokes every cookie and token issued before.
export const SESSION_MAX_AGE_SECONDS = 7 * 24 * 3600;
const API_TOKEN_MAX_AGE_SECONDS = 15 * 60;

export type TokenKind = "session" | "api";

export interface SessionSubject {
  id: string;
  email: string;
  role: "creator" | "admin";
  sessionVersion: number;
}

export interface TokenClaims {
  userId: string;
  sessionVersion: number;
  kind: TokenKind;
  /** The token's own id (`jti`): signing out revokes it alone. */
  tokenId: string;
}

export function sessionCookieName(): string {
  return `${usesSecureCookies() ? "__Secure-" : ""}next-auth.session-token`;
}

/** A token sealed with next-auth's own format (what its session cookies are), carrying `claims`. */
function seal(claims: JWT, maxAge: number): Promise<string> {
  return encode({ token: claims, secret: env().AUTH_SECRET, maxAge });
}

/** The token's claims, or null for anything that is not a current token sealed with this secret. */
async function unseal(token: string | undefined): Promise<JWT | null> {
  try {
    return await decode({ token, secret: env().AUTH_SECRET });
  } catch {
    return null;
  }
}

/**
 * The claims of a new session or API token. `sid` names the session for revocation: next-auth
 * gives every renewal of a cookie a new `jti`, and signing out must end every copy of it.
 */
export function sessionClaims(user: SessionSubject, kind: TokenKind): JWT {
  return { sub: user.id, email: user.email, role: user.role, sv: user.sessionVersion, kind, sid: randomUUID() };
}

export async function createSessionCookie(user: SessionSubject) {
  return {
    name: sessionCookieName(),
    value: await seal(sessionClaims(user, "session"), SESSION_MAX_AGE_SECONDS),
    options: { httpOnly: true, sameSite: "lax" as const, path: "/", secure: usesSecureCookies(), maxAge: SESSION_MAX_AGE_SECONDS },
  };
}

export async function createApiToken(user: SessionSubject): Promise<string> {
  return seal(sessionClaims(user, "api"), API_TOKEN_MAX_AGE_SECONDS);
}

/** What the API answers when it hands out a token (sign-in, password reset or change). */
export async function tokenGrant(user: SessionSubject) {
  return { access_token: await createApiToken(user), token_type: "Bearer" as const, expires_in: API_TOKEN_MAX_AGE_SECONDS, role: user.role };
}

/**
 * The claims of a decoded token of this kind, or null when it is not one we issued. A token
 * from before `sid` existed is named by its `jti` (the jwt callback carries it over as `sid`
 * when next-auth renews the cookie, lib/auth/options.ts).
 */
export function claimsOf(token: JWT | null, kind: TokenKind): TokenClaims | null {
  const tokenId = typeof token?.sid === "string" ? token.sid : token?.jti;
  if (!token?.sub || token.kind !== kind || typeof token.sv !== "number" || typeof tokenId !== "string") return null;
  return { userId: token.sub, sessionVersion: token.sv, kind, tokenId };
}

/**
 * The claims of the request's credentials. A request with an Authorization header is judged
 * by that header alone (a Bearer API token), never by a cookie it also carries: that is what
 * makes Bearer requests safe from CSRF. Otherwise the session cookie.
 */
export async function requestClaims(headers: Headers): Promise<TokenClaims | null> {
  const authorization = headers.get("authorization");
  if (authorization !== null) {
    const match = authorization.match(/^Bearer\s+(\S+)$/i);
    if (!match) return null;
    return claimsOf(await unseal(match[1]), "api");
  }
  return claimsOf(await unseal(readCookie(headers, sessionCookieName())), "session");
}
