import { db } from "@/lib/db";
import { AppError } from "@/lib/http/errors";
import { consumeRateLimit } from "@/lib/http/rate-limit";
import { hashPassword, verifyPassword } from "@/lib/auth/password";
import type { CredentialsInput } from "@/lib/auth/schemas";

export interface AuthenticatedUser {
  id: string;
  email: string;
  role: "creator" | "admin";
}

// Verified against when the email is unknown, so a miss costs the same time as a wrong password.
let decoyHash: Promise<string> | undefined;

/** Email + password → user, rate-limited per IP and per email. One error for every failure. */
export async function authenticate(credentials: CredentialsInput, ip: string): Promise<AuthenticatedUser> {
  await consumeRateLimit("login", { ip, email: credentials.email });
  const user = await db.user.findUnique({ where: { email: credentials.email } });
  decoyHash ??= hashPassword("decoy-password-for-unknown-accounts");
  const valid = await verifyPassword(user?.passwordHash ?? (await decoyHash), credentials.password);
  if (!user || !valid) throw new AppError("invalid_credentials", 401, "The email or password is incorrect.");
  if (user.disabledAt) throw new AppError("account_disabled", 403, "This account is disabled. Contact support.");
  return { id: user.id, email: user.email, role: user.role };
}
