import { db, Prisma } from "@/lib/db";
import { env } from "@/lib/env";
import { hashPassword } from "@/lib/auth/password";
import { passwordProblem } from "@/lib/auth/password-policy";

/**
 * The first admin of a fresh deployment, from BOOTSTRAP_ADMIN_EMAIL / _PASSWORD. Does nothing
 * when the variables are unset or the account exists (an existing password is never changed).
 */
export async function ensureBootstrapAdmin(): Promise<"created" | "exists" | "not_configured"> {
  const { BOOTSTRAP_ADMIN_EMAIL: rawEmail, BOOTSTRAP_ADMIN_PASSWORD: password } = env();
  if (!rawEmail || !password) return "not_configured";
  const problem = passwordProblem(password);
  if (problem) throw new Error(`BOOTSTRAP_ADMIN_PASSWORD is refused by the password policy (${problem}).`);
  const email = rawEmail.trim().toLowerCase();
  if (await db.user.findUnique({ where: { email } })) return "exists";
  try {
    await db.user.create({ data: { email, passwordHash: await hashPassword(password), role: "admin", emailVerified: true, emailVerifiedAt: new Date() } });
  } catch (error) {
    // Several instances start at once: one creates the admin, the others find it.
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") return "exists";
    throw error;
  }
  return "created";
}
