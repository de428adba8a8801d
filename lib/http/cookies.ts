import { parse } from "cookie";
import { env } from "@/lib/env";

// The one reader of the Cookie header: the CSRF gate (lib/http/security.ts), authentication
// (lib/auth/session-token.ts) and the registration cookie all see the same pairs, so no
// crafted header can look like "no session" to one and like a session to another.

/** A cookie's value, or undefined; a value that is not valid %-encoding is left as sent. */
export function readCookie(headers: Headers, name: string): string | undefined {
  const header = headers.get("cookie");
  if (!header) return undefined;
  return parse(header)[name] || undefined;
}

/** Every cookie the app sets is `Secure` when it is served over https (FRONTEND_URL). */
export function usesSecureCookies(): boolean {
  return env().FRONTEND_URL.startsWith("https://");
}
