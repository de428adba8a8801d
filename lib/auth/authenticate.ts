import { db } from "@/lib/db";
import { AppError } from "@/lib/http/errors";
import { consumeRateLimit } from "@/lib/http/rate-limit";
import { hashPassword, verifyPassword } from "@/lib/auth/password";
import type { CredentialsInput } from "@/lib/auth/schemas";
import type { SessionSubject } from "@/lib/auth/session-token";
import { clearSignInFailures, throttleSignIn } from "@/lib/auth/sign-in-throttle";
import { recordSignIn } from "@/lib/auth/sign-ins";

// Verified against when the email is unknown, so a miss costs the same time as a wrong password.
let decoyHash: Promise<string> | undefined;

/**
 * Email + password → user. Limited per client IP; every attempt is counted before the password
 * is checked, slowed and then refused per (email, IP), slowed per account (lib/auth/sign-in-throttle.ts).
 * One error for every failure, so the answer never says whether the account exists.
 */
export async function authenticate(credentials: CredentialsInput, ip: string, signIn: { method: "password" | "api_token"; userAgent?: string | null } = { method: "password" }): Promise<SessionSubject> {
  await consumeRateLimit("login", { ip });
  await throttleSignIn(credentials.email, ip);
  const user = await db.user.findUnique({ where: { email: credentials.email } });
  decoyHash ??= hashPassword("decoy-password-for-unknown-accounts");
  const valid = await verifyPassword(user?.passwordHash ?? (await decoyHash), credentials.password);
  if (!user || !valid) throw new AppError("invalid_credentials", 401, "The email or password is incorrect.");
  await clearSignInFailures(credentials.email, ip);
  if (user.disabledAt) throw new AppError("account_disabled", 403, "This account is disabled. Contact support.");
  await recordSignIn(user.id, signIn.method, { ip, userAgent: signIn.userAgent });
  return { id: user.id, email: user.email, role: user.role, sessionVersion: user.sessionVersion };
}
