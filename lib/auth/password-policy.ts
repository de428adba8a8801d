import fs from "node:fs";
import path from "node:path";

// OWASP ASVS 5.0 V6.2: at least 8 characters, long passwords allowed (no truncation, we hash
// the whole string), no composition rules, and refuse passwords from a list of common ones.
export const PASSWORD_MIN_LENGTH = 8;
export const PASSWORD_MAX_LENGTH = 1024;

export type PasswordProblem = "password_too_short" | "password_too_long" | "password_too_common" | "password_matches_email" | "invalid_encoding";

// A lone surrogate, or U+FFFD (what a decoder puts in place of invalid UTF-8): argon2 hashes
// the UTF-8 bytes, so two different inputs would become the same password.
const MALFORMED = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]|\uFFFD/;

export function isMalformedText(value: string): boolean {
  return MALFORMED.test(value);
}

let commonPasswords: Set<string> | undefined;

function loadCommonPasswords(): Set<string> {
  commonPasswords ??= new Set(
    fs
      .readFileSync(path.join(process.cwd(), "lib/auth/common-passwords.txt"), "utf8")
      .split("\n")
      .filter((line) => line && !line.startsWith("#")),
  );
  return commonPasswords;
}

export function isCommonPassword(password: string): boolean {
  return loadCommonPasswords().has(password.toLowerCase());
}

/** Length counts Unicode code points, as ASVS asks, not UTF-16 units. */
export function passwordProblem(password: string): PasswordProblem | null {
  if (isMalformedText(password)) return "invalid_encoding";
  const length = [...password].length;
  if (length < PASSWORD_MIN_LENGTH) return "password_too_short";
  if (length > PASSWORD_MAX_LENGTH) return "password_too_long";
  if (isCommonPassword(password)) return "password_too_common";
  return null;
}

/** ASVS also asks to refuse passwords made of the account's own identifiers. */
export function passwordMatchesEmail(password: string, email: string): boolean {
  const normalised = password.trim().toLowerCase();
  const address = email.toLowerCase();
  return normalised === address || normalised === address.split("@")[0];
}

/** Every rule a new password must pass (registration, reset, change), or the first broken one. */
export function newPasswordProblem(password: string, email: string): PasswordProblem | null {
  return passwordProblem(password) ?? (passwordMatchesEmail(password, email) ? "password_matches_email" : null);
}
