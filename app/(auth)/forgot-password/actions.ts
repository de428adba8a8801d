"use server";

import { requestPasswordReset } from "@/lib/auth/password-reset";
import { ForgotPasswordInput } from "@/lib/auth/schemas";
import { formAction } from "@/lib/http/form-action";

export const forgotPasswordAction = formAction({ schema: ForgotPasswordInput, rateLimit: { name: "password_forgot", email: (input) => input.email } }, async (input, { language, emailAllowed }) => {
  if (emailAllowed) await requestPasswordReset(input.email, language);
  return { status: "success", values: { email: input.email } };
});
