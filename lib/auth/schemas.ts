import { z } from "zod";
import { isMalformedText, newPasswordProblem, PASSWORD_MAX_LENGTH, passwordProblem } from "@/lib/auth/password-policy";
import { LANGUAGES } from "@/lib/i18n";

// Messages are error keys (`errors` in lib/i18n/messages), translated where they are shown.

export const EmailSchema = z
  .string({ error: "email_required" })
  .trim()
  .toLowerCase()
  .min(1, { error: "email_required" })
  .max(254, { error: "email_too_long" })
  .pipe(z.email({ error: "email_invalid" }));

export const LanguageSchema = z.enum(LANGUAGES, { error: "language_invalid" });

function addPasswordIssue(ctx: z.RefinementCtx, problem: string | null, path: string[] = []) {
  if (problem) ctx.addIssue({ code: "custom", path, message: problem, params: { code: problem } });
}

// The password's own rules run even when other fields are invalid (so every field error is
// listed at once); the checks against the email (itself, or words of it) run once both are valid.
export const RegisterInput = z
  .object({
    email: EmailSchema,
    password: z
      .string({ error: "password_required" })
      .max(PASSWORD_MAX_LENGTH * 4, { error: "password_too_long" })
      .superRefine((password, ctx) => addPasswordIssue(ctx, passwordProblem(password))),
    language: LanguageSchema.optional(),
  })
  .superRefine((input, ctx) => addPasswordIssue(ctx, newPasswordProblem(input.password, input.email), ["password"]));
export type RegisterInput = z.infer<typeof RegisterInput>;

export const CredentialsInput = z.object({
  email: EmailSchema,
  password: z
    .string({ error: "password_required" })
    .min(1, { error: "password_required" })
    .max(PASSWORD_MAX_LENGTH * 4, { error: "password_too_long" })
    .refine((password) => !isMalformedText(password), { error: "invalid_encoding", params: { code: "invalid_encoding" } }),
});
export type CredentialsInput = z.infer<typeof CredentialsInput>;

export const ResendVerificationInput = z.object({ email: EmailSchema.optional() });

export const TokenInput = z.object({ token: z.string().trim().min(1).max(200) });
