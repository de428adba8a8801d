import { describe, expect, it } from "vitest";
import { hashPassword, verifyPassword } from "@/lib/auth/password";
import { newPasswordProblem, passwordMatchesEmail, passwordProblem } from "@/lib/auth/password-policy";
import { passwordStrength } from "@/lib/auth/password-strength";
import { RegisterInput } from "@/lib/auth/schemas";

describe("password policy (OWASP ASVS)", () => {
  it.each([
    ["1234567", "password_too_short"],
    ["é".repeat(7), "password_too_short"],
    ["password", "password_too_weak"],
    ["Qwerty123", "password_too_weak"],
    ["aaaaaaaa", "password_too_weak"],
    ["jenny123", "password_too_weak"],
    ["motdepasse", "password_too_weak"],
    ["soleil123", "password_too_weak"],
    ["x".repeat(1025), "password_too_long"],
    ["correct horse battery staple", null],
    ["kh4$Lp", "password_too_short"],
    ["no-rules-here-but-long", null],
    ["x".repeat(1024), "password_too_weak"],
    ["Tr0ub4dor&3", null],
  ])("%s → %s", (password, problem) => {
    expect(passwordProblem(password)).toBe(problem);
  });

  it("counts characters, not UTF-16 units: eight emoji are eight characters", () => {
    expect(passwordProblem("🙂🐙🌵🎈🦊🍋🚲🎻")).toBeNull();
    expect(passwordProblem("🙂🐙🌵🎈🦊🍋🚲")).toBe("password_too_short");
  });

  it("judges guessability with zxcvbn, in English and French, and knows the account's own words", () => {
    expect(passwordStrength("violet tram orbit canvas")).toMatchObject({ strongEnough: true });
    expect(passwordStrength("iloveyou1")).toMatchObject({ strongEnough: false, warning: expect.stringMatching(/common/i) });
    expect(passwordStrength("iloveyou1", [], "fr").warning).toMatch(/courant|fréquent|utilisé/i);
    expect(passwordProblem("zorblaxtrude!")).toBeNull();
    expect(newPasswordProblem("zorblaxtrude!", "zorblaxtrude@example.com")).toBe("password_too_weak");
  });

  it("refuses the email or its local part as the password", () => {
    expect(passwordMatchesEmail("Jane.Doe@example.com", "jane.doe@example.com")).toBe(true);
    expect(passwordMatchesEmail("jane.doe", "jane.doe@example.com")).toBe(true);
    const result = RegisterInput.safeParse({ email: "violet.tram.orbit@example.com", password: "violet.tram.orbit" });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]).toMatchObject({ path: ["password"], message: "password_matches_email" });
  });

  it("hashes with argon2id at the OWASP minimum and verifies without truncating", async () => {
    const long = "a".repeat(200);
    const hash = await hashPassword(long);
    expect(hash).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    expect(await verifyPassword(hash, long)).toBe(true);
    expect(await verifyPassword(hash, "a".repeat(199))).toBe(false);
    expect(await verifyPassword("not a hash", long)).toBe(false);
  });
});
