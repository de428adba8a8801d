import { describe, expect, it } from "vitest";
import { hashPassword, verifyPassword } from "@/lib/auth/password";
import { newPasswordProblem, passwordMatchesEmail, passwordProblem } from "@/lib/auth/password-policy";
import { ZxcvbnFactory } from "@zxcvbn-ts/core";
import * as common from "@zxcvbn-ts/language-common";
import * as english from "@zxcvbn-ts/language-en";
import * as french from "@zxcvbn-ts/language-fr";
import { ANALYSED_PASSWORD_LENGTH, dictionariesByKind, mergeByKind, passwordStrength } from "@/lib/auth/password-strength";
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

  it("scores exactly as zxcvbn with its 38 dictionaries, in half the lookups (one dictionary per kind)", () => {
    const { ranked } = mergeByKind(dictionariesByKind());
    expect(Object.keys(ranked)).toHaveLength(20);
    expect(Object.keys(ranked)).toEqual(expect.arrayContaining(["passwords-common", "commonWords", "firstnames", "wikipedia", "cardinalNumbers"]));
    // A word in both languages keeps its better rank (zxcvbn counts the lowest).
    const separate = dictionariesByKind() as Record<string, string[]>;
    const word = separate["commonWords-fr"].find((candidate) => separate["commonWords-en"].includes(candidate))!;
    expect(ranked.commonWords[word]).toBe(Math.min(separate["commonWords-en"].indexOf(word), separate["commonWords-fr"].indexOf(word)) + 1);

    const reference = new ZxcvbnFactory({ dictionary: separate, graphs: common.adjacencyGraphs, translations: english.translations, maxLength: ANALYSED_PASSWORD_LENGTH });
    const passwords = ["violet tram orbit canvas", "iloveyou1", "motdepasse2024", "Jean-Pierre1987", "soleil levant", "onetwothree", "undeuxtrois4", "Tr0ub4dor&3", "qwertyuiop", "azertyuiop!", "P4ris je t'aime", "correct horse battery staple", "dragon123", "Marie-Claire", "zorblaxtrude!", "2024-11-26 lundi"];
    for (const password of passwords) {
      const ours = passwordStrength(password, ["jane.doe@example.com"]);
      const theirs = reference.check(password, ["jane.doe@example.com", "jane", "doe", "example", "com"].filter((value) => value.length >= 3));
      expect({ password, score: ours.score, warning: ours.warning }).toEqual({ password, score: theirs.score, warning: theirs.feedback.warning ?? "" });
    }
    expect(passwordStrength("iloveyou1", [], "fr").warning).toBe(new ZxcvbnFactory({ dictionary: separate, graphs: common.adjacencyGraphs, translations: french.translations }).check("iloveyou1").feedback.warning);
  });

  it("judges the first 64 characters: what follows can only add guesses, and a crafted long password costs no more than 64 characters", () => {
    expect(passwordStrength("password".repeat(8) + "kX9#mQ2$vL7!pW").strongEnough).toBe(false);
    expect(passwordStrength("violet tram orbit canvas".padEnd(ANALYSED_PASSWORD_LENGTH, ".") + "1!".repeat(400)).strongEnough).toBe(true);
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
