import { NextResponse, type NextRequest } from "next/server";
import { requestClaims } from "@/lib/auth/session-token";
import { env } from "@/lib/env";
import { decide, type SecurityConfig } from "@/lib/http/security";

function securityConfig(): SecurityConfig {
  const current = env();
  return {
    isProduction: current.isProduction,
    frontendUrl: current.FRONTEND_URL,
    corsOrigins: current.CORS_ORIGINS,
    stripeOrigins: current.stripeMode === "sandbox" ? (current.STRIPE_SANDBOX_URL ? [new URL(current.STRIPE_SANDBOX_URL).origin] : []) : ["https://connect.stripe.com"],
  };
}

/** Only a cross-site API write that carries an Authorization header needs the token checked here. */
async function bearerVerified(request: NextRequest): Promise<boolean> {
  const authorization = request.headers.get("authorization");
  if (!authorization || request.method === "GET" || !request.nextUrl.pathname.startsWith("/api/v1/")) return false;
  return (await requestClaims(new Headers({ authorization }))) !== null;
}

export async function proxy(request: NextRequest) {
  const nonce = Buffer.from(crypto.getRandomValues(new Uint8Array(16))).toString("base64");
  const decision = decide({ method: request.method, url: request.url, headers: request.headers }, securityConfig(), nonce, await bearerVerified(request));
  if (decision.kind === "redirect") return NextResponse.redirect(decision.location, 308);
  if (decision.kind === "respond") {
    return decision.body === undefined ? new NextResponse(null, { status: decision.status, headers: decision.headers }) : NextResponse.json(decision.body, { status: decision.status, headers: decision.headers });
  }
  const requestHeaders = new Headers(request.headers);
  for (const [name, value] of Object.entries(decision.requestHeaders)) requestHeaders.set(name, value);
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  for (const [name, value] of Object.entries(decision.responseHeaders)) response.headers.set(name, value);
  return response;
}

export const config = {
  // Everything but Next's static files (which carry no user data and are cached).
  matcher: ["/((?!_next/static|_next/image|favicon.ico).*)"],
};
