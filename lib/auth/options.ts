import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { env } from "@/lib/env";
import { AppError } from "@/lib/http/errors";
import { clientIp } from "@/lib/http/client-ip";
import { authenticate } from "@/lib/auth/authenticate";
import { CredentialsInput } from "@/lib/auth/schemas";
import { safeRedirect } from "@/lib/http/redirects";
import { SESSION_MAX_AGE_SECONDS, decodeJwt, encodeJwt, sessionClaims, usesSecureCookies, type SessionSubject } from "@/lib/auth/session-token";

export function authOptions(): NextAuthOptions {
  return {
    secret: env().AUTH_SECRET,
    session: { strategy: "jwt", maxAge: SESSION_MAX_AGE_SECONDS },
    jwt: { encode: encodeJwt, decode: decodeJwt },
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
    callbacks: {
      // The cookie carries the same claims as every session we issue (kind, session version).
      jwt({ token, user }) {
        return user ? { ...token, ...sessionClaims(user as unknown as SessionSubject, "session") } : token;
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
