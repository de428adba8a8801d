// The HTTP security policy applied to every request by proxy.ts: security headers with a
// per-request CSP nonce, HTTPS in production, CORS on /api/v1 limited to CORS_ORIGINS, and
// writes from other sites refused. Pure, so it is unit-tested.

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

const UNSAFE_METHODS = new Set(["POST", "PUT", "PATCH", "DELETE"]);
const CORS_METHODS = "GET, POST, PUT, PATCH, DELETE, OPTIONS";
const CORS_HEADERS = "authorization, content-type, x-request-id";

function contentSecurityPolicy(nonce: string, config: SecurityConfig): string {
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

function securityHeaders(config: SecurityConfig): Record<string, string> {
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
  const probe = url.pathname === "/api/health" || url.pathname === "/api/ready" || url.pathname === "/metrics";
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

  // A page on another site can make the browser POST a form (or a no-cors fetch) to the API,
  // with or without our cookies: a cookie-authenticated write would act for the victim, and a
  // cookie-less one (a registration) could plant state in the victim's browser. So no write
  // from another site reaches /api/v1 or next-auth's routes, unless a valid Bearer token
  // authenticates it (the API then ignores any cookie: lib/auth/session-token.ts). Webhooks
  // are authenticated by their signatures, and their senders are servers.
  const crossSite = origin ? !allowedOrigin : request.headers.get("sec-fetch-site") === "cross-site";
  const guardedWrite = UNSAFE_METHODS.has(request.method) && ((isApi && !url.pathname.startsWith("/api/v1/webhooks/")) || url.pathname.startsWith("/api/auth/"));
  if (guardedWrite && crossSite && !bearerVerified) {
    return { kind: "respond", status: 403, headers: { vary: "Origin" }, body: { error: { code: "csrf_origin_mismatch", message: "Writes from other sites are not allowed." } } };
  }

  const csp = contentSecurityPolicy(nonce, config);
  return {
    kind: "continue",
    requestHeaders: { "x-nonce": nonce, "content-security-policy": csp },
    responseHeaders: { ...securityHeaders(config), "content-security-policy": csp, ...(isApi && origin && allowedOrigin && origin !== ownOrigin ? corsHeaders(origin) : {}) },
  };
}

/** Sent by a page of our own origin, as the browser tells it (Origin, else Sec-Fetch-Site). */
export function fromOwnOrigin(headers: Headers, frontendUrl: string): boolean {
  const origin = headers.get("origin");
  return origin ? origin === originOf(frontendUrl) : headers.get("sec-fetch-site") === "same-origin";
}
