import { createSecretKey, hkdfSync, randomUUID, type KeyObject } from "node:crypto";
import { EncryptJWT, jwtDecrypt } from "jose";
import type { JWT, JWTDecodeParams, JWTEncodeParams } from "next-auth/jwt";
import { env } from "@/lib/env";
import { readCookie } from "@/lib/http/cookies";

// Sessions are next-auth JWTs (encrypted, signed with AUTH_SECRET). API clients get the same
// kind of token, shorter-lived, as a Bearer token. Each carries its kind, so a session cookie
// is never accepted as a Bearer token or the reverse, and the account's session version, so
// bumping `users.session_version` revokes every cookie and token issued before.
export const SESSION_MAX_AGE_SECONDS = 7 * 24 * 3600;
export const API_TOKEN_MAX_AGE_SECONDS = 15 * 60;

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

export function usesSecureCookies(): boolean {
  return env().FRONTEND_URL.startsWith("https://");
}

export function sessionCookieName(): string {
  return `${usesSecureCookies() ? "__Secure-" : ""}next-auth.session-token`;
}

// next-auth's own encode/decode derive the key from the secret with HKDF on every call (an
// async round trip through libuv's pool, about 0.1 ms of a 2.7 ms status request). These
// produce and read the same token format (dir + A256GCM under the key next-auth derives), and
// next-auth itself is handed them (`authOptions().jwt`), so there is one implementation.
const ENCRYPTION_KEY_INFO = "NextAuth.js Generated Encryption Key";
let derivedKey: { secret: string; key: KeyObject } | null = null;

function encryptionKey(secret: string): KeyObject {
  if (derivedKey?.secret !== secret) {
    derivedKey = { secret, key: createSecretKey(Buffer.from(hkdfSync("sha256", secret, "", ENCRYPTION_KEY_INFO, 32))) };
  }
  return derivedKey.key;
}

function secretText(secret: JWTEncodeParams["secret"]): string {
  return typeof secret === "string" ? secret : Buffer.from(secret).toString("utf8");
}

export async function encodeJwt({ token = {}, secret, maxAge = SESSION_MAX_AGE_SECONDS }: JWTEncodeParams): Promise<string> {
  const issuedAt = Math.floor(Date.now() / 1000);
  return new EncryptJWT(token)
    .setProtectedHeader({ alg: "dir", enc: "A256GCM" })
    .setIssuedAt(issuedAt)
    .setExpirationTime(issuedAt + maxAge)
    // A renewed session (next-auth re-encodes it on /api/auth/session) keeps its id, so signing
    // out revokes every copy of it, however often it was renewed.
    .setJti(typeof token.jti === "string" ? token.jti : randomUUID())
    .encrypt(encryptionKey(secretText(secret)));
}

/** The token's claims, or null for anything that is not a current token sealed with this secret. */
export async function decodeJwt({ token, secret }: JWTDecodeParams): Promise<JWT | null> {
  if (!token) return null;
  try {
    const { payload } = await jwtDecrypt(token, encryptionKey(secretText(secret)), { clockTolerance: 15 });
    return payload as JWT;
  } catch {
    return null;
  }
}

export function sessionClaims(user: SessionSubject, kind: TokenKind): JWT {
  return { sub: user.id, email: user.email, role: user.role, sv: user.sessionVersion, kind };
}

export async function createSessionCookie(user: SessionSubject) {
  return {
    name: sessionCookieName(),
    value: await encodeJwt({ token: sessionClaims(user, "session"), secret: env().AUTH_SECRET, maxAge: SESSION_MAX_AGE_SECONDS }),
    options: { httpOnly: true, sameSite: "lax" as const, path: "/", secure: usesSecureCookies(), maxAge: SESSION_MAX_AGE_SECONDS },
  };
}

export async function createApiToken(user: SessionSubject): Promise<string> {
  return encodeJwt({ token: sessionClaims(user, "api"), secret: env().AUTH_SECRET, maxAge: API_TOKEN_MAX_AGE_SECONDS });
}

/** What the API answers when it hands out a token (sign-in, password reset or change). */
export async function tokenGrant(user: SessionSubject) {
  return { access_token: await createApiToken(user), token_type: "Bearer" as const, expires_in: API_TOKEN_MAX_AGE_SECONDS, role: user.role };
}

/** The claims of a decoded token of this kind, or null when it is not one we issued. */
export function claimsOf(token: JWT | null, kind: TokenKind): TokenClaims | null {
  if (!token?.sub || token.kind !== kind || typeof token.sv !== "number" || typeof token.jti !== "string") return null;
  return { userId: token.sub, sessionVersion: token.sv, kind, tokenId: token.jti };
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
    return claimsOf(await decodeJwt({ token: match[1], secret: env().AUTH_SECRET }), "api");
  }
  return claimsOf(await decodeJwt({ token: readCookie(headers, sessionCookieName()), secret: env().AUTH_SECRET }), "session");
}
