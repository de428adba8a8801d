import { operations } from "@/lib/api/operations";
import { requestVerificationEmail, RESEND_RECEIPT } from "@/lib/auth/verification";
import { AppError } from "@/lib/http/errors";
import { apiRoute } from "@/lib/http/api-route";

// Signed in: resend to yourself. Signed out: resend to an email, answering the same (and in
// the same time) whether or not an account exists.
export const POST = apiRoute(operations.resendVerification, async ({ body, user, emailAllowed, reply }) => {
  if (!user && !body.email) throw new AppError("validation_failed", 422, "Enter your email address.", { email: "Enter your email address." });
  if (emailAllowed) await requestVerificationEmail(user ? { userId: user.id } : { email: body.email! });
  return reply(202, { data: RESEND_RECEIPT });
});
