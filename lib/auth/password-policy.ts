import { passwordStrength } from "@/lib/auth/password-strength";

// OWASP ASVS 5.0 V6.2: at least 8 characters, long passwords allowed (no truncation, we hash
// the whole string), no composition rules, and refuse guessable passwords (zxcvbn, which
// knows the common-password lists and much more: names, words, keyboard walks, dates).
const PASSWORD_MIN_LENGTH = 8;
export const PASSWORD_MAX_LENGTH = 1024;

export type PasswordProblem = "password_too_short" | "password_too_long" | "password_too_weak" | "password_matches_email" | "invalid_encoding";

// A lone surrogate, or U+FFFD (what a decoder puts in place of invalid UTF-8): argon2 hashes
// the UTF-8 bytes, so two different inputs would become the same password.
const MALFORMED = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]|\uFFFD/;

export function isMalformedText(value: string): boolean {
  return MALFORMED.test(value);
}

/** The cheap rules: readable text, and a length in code points (as ASVS asks, not UTF-16 units). */
export function passwordShapeProblem(password: string): PasswordProblem | null {
  if (isMalformedText(password)) return "invalid_encoding";
  const length = [...password].length;
  if (length < PASSWORD_MIN_LENGTH) return "password_too_short";
  if (length > PASSWORD_MAX_LENGTH) return "password_too_long";
  return null;
}

/** Every rule on the password alone; `context`: the email, if known. */
export function passwordProblem(password: string, context: string[] = []): PasswordProblem | null {
  return passwordShapeProblem(password) ?? (passwordStrength(password, context).strongEnough ? null : "password_too_weak");
}

/** ASVS also asks to refuse passwords made of the account's own identifiers. */
export function passwordMatchesEmail(password: string, email: string): boolean {
  const normalised = password.trim().toLowerCase();
  const address = email.toLowerCase();
  return normalised === address || normalised === address.split("@")[0];
}

/** Every rule a new password must pass (registration, reset, change), or the first broken one. */
export function newPasswordProblem(password: string, email: string): PasswordProblem | null {
  return (passwordMatchesEmail(password, email) ? "password_matches_email" : null) ?? passwordProblem(password, [email]);
}
