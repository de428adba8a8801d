import { operations } from "@/lib/api/operations";
import { requestVerificationEmail, RESEND_RECEIPT } from "@/lib/auth/verification";
import { AppError } from "@/lib/http/errors";
import { apiRoute } from "@/lib/http/api-route";

// Signed in: resend to yourself. Signed out: resend to an email, answering the same (and in
// the same time) whether or not an account exists.
export const POST = apiRoute(operations.resendVerification, async ({ body, user, reply }) => {
  if (user) await requestVerificationEmail({ userId: user.id });
  else if (body.email) await requestVerificationEmail({ email: body.email });
  else throw new AppError("validation_failed", 422, "Enter your email address.", { email: "Enter your email address." });
  return reply(202, { data: RESEND_RECEIPT });
});
