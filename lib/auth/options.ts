import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { env } from "@/lib/env";
import { AppError } from "@/lib/http/errors";
import { clientIp } from "@/lib/http/client-ip";
import { authenticate } from "@/lib/auth/authenticate";
import { CredentialsInput } from "@/lib/auth/schemas";
import { safeRedirect } from "@/lib/http/redirects";
import { claimsHonoured } from "@/lib/auth/current-user";
import { revokeToken } from "@/lib/auth/revoked-sessions";
import { SESSION_MAX_AGE_SECONDS, claimsOf, sessionClaims, type SessionSubject } from "@/lib/auth/session-token";
import { usesSecureCookies } from "@/lib/http/cookies";
import { logger } from "@/lib/observability/logger";

/** Thrown from the jwt callback: next-auth then clears the cookie and answers no session. */
class SessionEnded extends Error {
  constructor() {
    super("the session was ended (signed out, revoked, disabled)");
    this.name = "SessionEnded";
  }
}

export function authOptions(): NextAuthOptions {
  return {
    secret: env().AUTH_SECRET,
    session: { strategy: "jwt", maxAge: SESSION_MAX_AGE_SECONDS },
    useSecureCookies: usesSecureCookies(),
    pages: { signIn: "/login", error: "/login" },
    providers: [
      CredentialsProvider({
        name: "Email and password",
        credentials: { email: { label: "Email", type: "email" }, password: { label: "Password", type: "password" } },
        async authorize(credentials, request) {
          const parsed = CredentialsInput.safeParse(credentials ?? {});
          if (!parsed.success) throw new Error("invalid_credentials");
          try {
            const headers = new Headers(request?.headers as Record<string, string>);
            return await authenticate(parsed.data, clientIp(headers), { method: "password", userAgent: headers.get("user-agent") });
          } catch (error) {
            // next-auth hands the message to the sign-in form; it is our stable error code.
            if (error instanceof AppError) throw new Error(error.code);
            throw error;
          }
        },
      }),
    ],
    events: {
      // Signing out ends this token everywhere, not only the browser's copy of it.
      async signOut({ token }) {
        const claims = claimsOf(token, "session");
        if (claims && typeof token.exp === "number") await revokeToken({ userId: claims.userId, tokenId: claims.tokenId, expiresAt: new Date(token.exp * 1000) });
      },
    },
    // next-auth's own messages go to the app's log; an ended session is routine, not an error.
    logger: {
      error(code, metadata) {
        const ended = (metadata as { error?: unknown } | undefined)?.error instanceof SessionEnded || metadata instanceof SessionEnded;
        if (ended) logger().info({ code }, "session ended: cookie cleared");
        else logger().error({ code, metadata }, "next-auth error");
      },
      warn(code) {
        logger().warn({ code }, "next-auth warning");
      },
      debug() {},
    },
    callbacks: {
      // The cookie carries the same claims as every session we issue (kind, session version).
      // An existing one is honoured only as every other reader honours it (lib/auth/current-user.ts),
      // so /api/auth/session never renews a cookie that a password change or sign-out ended.
      async jwt({ token, user }) {
        if (user) return { ...token, ...sessionClaims(user as unknown as SessionSubject, "session") };
        const claims = claimsOf(token, "session");
        if (!claims || !(await claimsHonoured(claims))) throw new SessionEnded();
        // A cookie from before `sid` keeps its name (its jti) through next-auth's renewals.
        return { ...token, sid: claims.tokenId };
      },
      // Only our own origin, resolved the same way as every other redirect target.
      redirect({ url }) {
        return safeRedirect(url, "/onboarding", { absolute: true });
      },
      session({ session, token }) {
        if (session.user) Object.assign(session.user, { id: token.sub, role: token.role });
        return session;
      },
    },
  };
}
