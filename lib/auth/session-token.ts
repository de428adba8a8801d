import { decode, encode, getToken, type JWT } from "next-auth/jwt";
import { env } from "@/lib/env";
import type { AuthenticatedUser } from "@/lib/auth/authenticate";

// Sessions are next-auth JWTs (encrypted, signed with AUTH_SECRET). API clients get the same
// kind of token, shorter-lived, as a Bearer token.
export const SESSION_MAX_AGE_SECONDS = 7 * 24 * 3600;
export const API_TOKEN_MAX_AGE_SECONDS = 15 * 60;

export function usesSecureCookies(): boolean {
  return env().FRONTEND_URL.startsWith("https://");
}

export function sessionCookieName(): string {
  return `${usesSecureCookies() ? "__Secure-" : ""}next-auth.session-token`;
}

export function tokenClaims(user: AuthenticatedUser): JWT {
  return { sub: user.id, email: user.email, role: user.role };
}

export async function createSessionCookie(user: AuthenticatedUser) {
  return {
    name: sessionCookieName(),
    value: await encode({ token: tokenClaims(user), secret: env().AUTH_SECRET, maxAge: SESSION_MAX_AGE_SECONDS }),
    options: { httpOnly: true, sameSite: "lax" as const, path: "/", secure: usesSecureCookies(), maxAge: SESSION_MAX_AGE_SECONDS },
  };
}

export async function createApiToken(user: AuthenticatedUser): Promise<string> {
  return encode({ token: { ...tokenClaims(user), typ: "api" }, secret: env().AUTH_SECRET, maxAge: API_TOKEN_MAX_AGE_SECONDS });
}

function parseCookies(header: string | null): Record<string, string> {
  const cookies: Record<string, string> = {};
  for (const part of header?.split(";") ?? []) {
    const index = part.indexOf("=");
    if (index > 0) cookies[part.slice(0, index).trim()] = decodeURIComponent(part.slice(index + 1).trim());
  }
  return cookies;
}

/** The user id carried by the session cookie or a Bearer token, if valid and unexpired. */
export async function tokenSubject(headers: Headers): Promise<string | null> {
  const authorization = headers.get("authorization");
  if (authorization?.startsWith("Bearer ")) {
    const claims = await decode({ token: authorization.slice(7).trim(), secret: env().AUTH_SECRET }).catch(() => null);
    return claims?.sub ?? null;
  }
  const req = { headers: Object.fromEntries(headers.entries()), cookies: parseCookies(headers.get("cookie")) };
  const claims = await getToken({ req: req as never, secret: env().AUTH_SECRET, secureCookie: usesSecureCookies() });
  return claims?.sub ?? null;
}
