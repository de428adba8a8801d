// The HTTP security policy applied to every request by proxy.ts: security headers with a
// per-request CSP nonce, HTTPS in production, CORS on /api/v1 limited to CORS_ORIGINS, and a
// CSRF check for cookie-authenticated writes from other origins. Pure, so it is unit-tested.

export interface SecurityConfig {
  isProduction: boolean;
  frontendUrl: string;
  corsOrigins: string[];
  /** Where the payouts step may send the creator (Stripe's hosted onboarding, or the sandbox). */
  stripeOrigins: string[];
}

export interface RequestFacts {
  method: string;
  url: string;
  headers: Headers;
}

export type SecurityDecision =
  | { kind: "redirect"; location: string }
  | { kind: "respond"; status: number; headers: Record<string, string>; body?: unknown }
  | { kind: "continue"; requestHeaders: Record<string, string>; responseHeaders: Record<string, string> };

const SESSION_COOKIE = /(?:^|;\s*)(?:__Secure-)?next-auth\.session-token=/;
const UNSAFE_METHODS = new Set(["POST", "PUT", "PATCH", "DELETE"]);
const CORS_METHODS = "GET, POST, PUT, PATCH, DELETE, OPTIONS";
const CORS_HEADERS = "authorization, content-type, x-request-id";

export function contentSecurityPolicy(nonce: string, config: SecurityConfig): string {
  const https = config.frontendUrl.startsWith("https://");
  return [
    "default-src 'self'",
    // 'strict-dynamic': scripts loaded by the nonced Next.js bootstrap are trusted, nothing else.
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${config.isProduction ? "" : " 'unsafe-eval'"}`,
    // React and the chart library set style attributes; styles cannot run code.
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    `connect-src 'self'${config.isProduction ? "" : " ws: wss:"}`,
    "frame-src 'self'",
    "frame-ancestors 'none'",
    `form-action 'self' ${config.stripeOrigins.join(" ")}`.trim(),
    "base-uri 'self'",
    "object-src 'none'",
    ...(config.isProduction && https ? ["upgrade-insecure-requests"] : []),
  ].join("; ");
}

export function securityHeaders(config: SecurityConfig): Record<string, string> {
  return {
    "x-content-type-options": "nosniff",
    "x-frame-options": "DENY",
    "referrer-policy": "strict-origin-when-cross-origin",
    "permissions-policy": "camera=(), microphone=(), geolocation=(), payment=(), usb=()",
    "cross-origin-opener-policy": "same-origin",
    ...(config.isProduction && config.frontendUrl.startsWith("https://") ? { "strict-transport-security": "max-age=63072000; includeSubDomains; preload" } : {}),
  };
}

function originOf(url: string): string {
  return new URL(url).origin;
}

function corsHeaders(origin: string): Record<string, string> {
  return { "access-control-allow-origin": origin, "access-control-allow-credentials": "true", vary: "Origin" };
}

/**
 * `bearerVerified`: the request's Authorization header holds a valid API token (checked by the
 * caller, which has the secret).
 */
export function decide(request: RequestFacts, config: SecurityConfig, nonce: string, bearerVerified = false): SecurityDecision {
  const url = new URL(request.url);
  const origin = request.headers.get("origin");
  const ownOrigin = originOf(config.frontendUrl);
  const isApi = url.pathname.startsWith("/api/v1/");
  const allowedOrigin = origin !== null && (origin === ownOrigin || config.corsOrigins.includes(origin));

  // Behind a TLS-terminating proxy, plain-HTTP requests are sent to HTTPS, on our own origin
  // (never the Host header, which the client writes). Probes (health checks, the metrics
  // scraper) call the instance directly over plain HTTP and carry no session: they are served.
  const probe = url.pathname === "/api/health" || url.pathname === "/metrics";
  if (config.isProduction && config.frontendUrl.startsWith("https://") && request.headers.get("x-forwarded-proto") === "http" && !probe) {
    return { kind: "redirect", location: `${ownOrigin}${url.pathname}${url.search}` };
  }

  if (isApi && request.method === "OPTIONS" && origin) {
    if (!allowedOrigin) return { kind: "respond", status: 403, headers: { vary: "Origin" }, body: { error: { code: "cors_origin_not_allowed", message: `Origin ${origin} is not allowed.` } } };
    return {
      kind: "respond",
      status: 204,
      headers: { ...corsHeaders(origin), "access-control-allow-methods": CORS_METHODS, "access-control-allow-headers": CORS_HEADERS, "access-control-max-age": "600" },
    };
  }

  // A browser sends the session cookie with cross-site requests; a write from a foreign
  // origin carrying it is refused unless a valid Bearer token authenticates it instead (the
  // API then ignores the cookie: lib/auth/session-token.ts).
  const cookieAuthenticated = SESSION_COOKIE.test(request.headers.get("cookie") ?? "") && !bearerVerified;
  const crossSite = origin ? !allowedOrigin : request.headers.get("sec-fetch-site") === "cross-site";
  if (isApi && UNSAFE_METHODS.has(request.method) && cookieAuthenticated && crossSite) {
    return { kind: "respond", status: 403, headers: { vary: "Origin" }, body: { error: { code: "csrf_origin_mismatch", message: "Cross-site requests with a session cookie are not allowed." } } };
  }

  const csp = contentSecurityPolicy(nonce, config);
  return {
    kind: "continue",
    requestHeaders: { "x-nonce": nonce, "content-security-policy": csp },
    responseHeaders: { ...securityHeaders(config), "content-security-policy": csp, ...(isApi && origin && allowedOrigin && origin !== ownOrigin ? corsHeaders(origin) : {}) },
  };
}
