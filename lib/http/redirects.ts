import { env } from "@/lib/env";

// Every place that sends a browser to a URL it was given (callbackUrl after sign-in, the
// Stripe return and refresh URLs) resolves it here, with the WHATWG URL parser a browser
// uses, against FRONTEND_URL, and keeps it only if it stays on that origin. Parsing it the
// browser's way is what defeats `/\evil.example`, `/\tevil.example`, `//evil.example`,
// `https://app@evil.example` and friends: they all resolve to another origin.

export function sameOriginUrl(target: string | null | undefined, base = env().FRONTEND_URL): URL | null {
  if (!target) return null;
  try {
    const resolved = new URL(target, base);
    return resolved.origin === new URL(base).origin && (resolved.protocol === "https:" || resolved.protocol === "http:") ? resolved : null;
  } catch {
    return null;
  }
}

/** The target if it stays on our origin, else the fallback; a path unless `absolute`. */
export function safeRedirect(target: string | null | undefined, fallback: string, options: { absolute?: boolean } = {}): string {
  const resolved = sameOriginUrl(target) ?? new URL(fallback, env().FRONTEND_URL);
  // A path like `/.//evil.example` resolves on our origin to the pathname `//evil.example`,
  // which a browser would read as another host: leading slashes collapse to one.
  const path = `${resolved.pathname.replace(/^\/+/, "/")}${resolved.search}${resolved.hash}`;
  return options.absolute ? new URL(path, resolved.origin).toString() : path;
}
