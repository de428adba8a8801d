import fs from "node:fs";
import path from "node:path";

// OWASP ASVS 5.0 V6.2: at least 8 characters, long passwords allowed (no truncation, we hash
// the whole string), no composition rules, and refuse passwords from a list of common ones.
export const PASSWORD_MIN_LENGTH = 8;
export const PASSWORD_MAX_LENGTH = 1024;

export type PasswordProblem = "password_too_short" | "password_too_long" | "password_too_common" | "password_matches_email";

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
