import { z } from "zod";
import { isMalformedText, newPasswordProblem, PASSWORD_MAX_LENGTH, passwordShapeProblem } from "@/lib/auth/password-policy";
import { LANGUAGES } from "@/lib/i18n";
import { isTimeZone } from "@/lib/i18n/format";

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

// The password's shape is checked even when other fields are invalid (so every field error is
// listed at once); its guessability, which knows the email, right after.
export const RegisterInput = z
  .object({
    email: EmailSchema,
    password: z
      .string({ error: "password_required" })
      .max(PASSWORD_MAX_LENGTH * 4, { error: "password_too_long" })
      .superRefine((password, ctx) => addPasswordIssue(ctx, passwordShapeProblem(password))),
    language: LanguageSchema.optional(),
    // The browser's IANA zone (the form sends it), for the times reminders arrive at.
    timeZone: z.string({ error: "timezone_invalid" }).trim().refine(isTimeZone, { error: "timezone_invalid" }).optional(),
  })
  // Guessability (zxcvbn, told the email) once the shape is right: one issue per password.
  .superRefine((input, ctx) => {
    if (typeof input.password !== "string" || passwordShapeProblem(input.password)) return;
    addPasswordIssue(ctx, newPasswordProblem(input.password, typeof input.email === "string" ? input.email : ""), ["password"]);
  });
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

/** Confirming an email link: in the browser that registered nothing else is needed; elsewhere the password, or a new one. */
export const ConfirmEmailInput = TokenInput.extend({
  password: z.string().max(4096).optional().transform((value) => value || undefined),
  newPassword: z.string().max(4096).optional().transform((value) => value || undefined),
});

export const ForgotPasswordInput = z.object({ email: EmailSchema, language: LanguageSchema.optional() });

const NewPassword = z.string({ error: "password_required" }).min(1, { error: "password_required" }).max(PASSWORD_MAX_LENGTH * 4, { error: "password_too_long" });

/** A token from a link, and the password chosen with it (the policy is checked by the domain, which knows the email). */
export const TokenWithPasswordInput = TokenInput.extend({ password: NewPassword });

export const ChangePasswordInput = z.object({ currentPassword: z.string({ error: "password_required" }).min(1, { error: "password_required" }).max(4096), newPassword: NewPassword });

export const ChangeEmailInput = z.object({ newEmail: EmailSchema, password: z.string({ error: "password_required" }).min(1, { error: "password_required" }).max(4096) });

export const PasswordConfirmationInput = z.object({ password: z.string({ error: "password_required" }).min(1, { error: "password_required" }).max(4096) });

/** Deleting one's account from Settings: `check` proves the password, then `delete` (after "for good?") deletes. */
export const DeleteAccountInput = PasswordConfirmationInput.extend({ step: z.enum(["check", "delete"]).default("delete") });
