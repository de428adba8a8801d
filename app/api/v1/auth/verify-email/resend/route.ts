import { ResendVerificationInput } from "@/lib/auth/schemas";
import { requestVerificationEmail, RESEND_RECEIPT } from "@/lib/auth/verification";
import { AppError } from "@/lib/http/errors";
import { apiRoute, ok } from "@/lib/http/api-route";

// Signed in: resend to yourself. Signed out: resend to an email, answering the same (and in
// the same time) whether or not an account exists.
export const POST = apiRoute(
  { body: ResendVerificationInput, optionalAuth: true, rateLimit: { name: "resend", emailField: "email" } },
  async ({ body, user, requestId }) => {
    if (user) await requestVerificationEmail({ userId: user.id });
    else if (body.email) await requestVerificationEmail({ email: body.email });
    else throw new AppError("validation_failed", 422, "Enter your email address.", { email: "Enter your email address." });
    return ok(RESEND_RECEIPT, requestId, 202);
  },
);
