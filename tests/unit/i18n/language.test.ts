import { parse, TYPE, type MessageFormatElement } from "@formatjs/icu-messageformat-parser";
import { describe, expect, it } from "vitest";
import { languageFromAcceptLanguage, LANGUAGES, regionFromAcceptLanguage, MESSAGES, translateError, translator } from "@/lib/i18n";

function messagesOf(value: unknown, prefix = ""): Array<[string, string]> {
  if (typeof value === "string") return [[prefix, value]];
  return Object.entries(value as Record<string, unknown>).flatMap(([key, child]) => messagesOf(child, prefix ? `${prefix}.${key}` : key));
}

/** The arguments a message uses with their kind ("count:plural", "date:date"), branches and tags included. */
function argumentsOf(elements: MessageFormatElement[]): string[] {
  return elements.flatMap((element) => {
    if (element.type === TYPE.literal || element.type === TYPE.pound) return [];
    const branches = "options" in element ? Object.values(element.options).flatMap((option) => argumentsOf(option.value)) : [];
    const children = element.type === TYPE.tag ? argumentsOf(element.children) : [];
    return [`${element.value}:${TYPE[element.type]}`, ...branches, ...children];
  });
}

const english = new Map(messagesOf(MESSAGES.en));

describe("i18n", () => {
  it.each([
    ["fr-FR,fr;q=0.9,en;q=0.8", "fr"],
    ["en-GB,en;q=0.9", "en"],
    ["de-DE,de;q=0.9,fr;q=0.5", "fr"],
    ["de", undefined],
    ["", undefined],
    ["en;q=0.2, fr;q=0.8", "fr"],
    ["fr;q=0", undefined],
  ])("Accept-Language %j → %s", (header, language) => {
    expect(languageFromAcceptLanguage(header)).toBe(language);
  });

  it.each(LANGUAGES)("%s has exactly the keys English has", (language) => {
    expect([...new Map(messagesOf(MESSAGES[language])).keys()].sort()).toEqual([...english.keys()].sort());
  });

  it.each(LANGUAGES)("every %s message is valid ICU and uses the same arguments, of the same kinds, as English", (language) => {
    for (const [key, message] of messagesOf(MESSAGES[language])) {
      const used = new Set(argumentsOf(parse(message)));
      expect({ key, used: [...used].sort() }).toEqual({ key, used: [...new Set(argumentsOf(parse(english.get(key) ?? "")))].sort() });
    }
  });

  it("no key has a dot in its name (next-intl reads dots as nesting)", () => {
    for (const [key] of messagesOf(MESSAGES.en)) expect(key.split(".").every((part) => part.length > 0)).toBe(true);
    expect(JSON.stringify(MESSAGES.en)).not.toMatch(/"[^"]*\.[^"]*":/);
  });

  it("French is not English: no French message equals its English one unless it is a name or a format", () => {
    const productNames = new Set(["Inngest Cloud"]);
    const same = messagesOf(MESSAGES.fr).filter(([key, message]) => english.get(key) === message && !productNames.has(message) && /[a-z]{4,} [a-z]{4,}/i.test(message));
    expect(same).toEqual([]);
  });

  it("formats plurals and dates in each language", () => {
    expect(translator("en")("emails.verifyEmail.expiry", { count: 1, unit: "hours" })).toMatch(/1 hour\b/);
    expect(translator("fr")("emails.verifyEmail.expiry", { count: 2, unit: "hours" })).toMatch(/2 heures/);
    expect(translator("fr")("onboarding.terms.acceptedOn", { version: "v1", date: new Date("2026-11-01T12:00:00Z") })).toContain("1 novembre 2026");
  });

  it("translates error keys and passes other text through", () => {
    expect(translateError("email_invalid", "fr")).toBe("Saisissez une adresse e-mail valide.");
    expect(translateError("Some other message", "fr")).toBe("Some other message");
    expect(translator("fr")("common.signIn")).toBe("Se connecter");
  });
});

describe("regionFromAcceptLanguage", () => {
  it("reads the region of the first language only, and nothing from a bare or malformed one", () => {
    expect(regionFromAcceptLanguage("en-US,en;q=0.9,fr-FR;q=0.8")).toBe("US");
    expect(regionFromAcceptLanguage("fr-CA;q=0.9")).toBe("CA");
    expect(regionFromAcceptLanguage("fr,en-GB;q=0.5")).toBeUndefined();
    expect(regionFromAcceptLanguage("not a tag!!")).toBeUndefined();
    expect(regionFromAcceptLanguage(null)).toBeUndefined();
  });
});
