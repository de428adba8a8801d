import { describe, expect, it } from "vitest";
import { dictionary, languageFromAcceptLanguage, translateError } from "@/lib/i18n";
import { en } from "@/lib/i18n/en";
import { fr } from "@/lib/i18n/fr";

function keysOf(value: unknown, prefix = ""): string[] {
  if (typeof value !== "object" || value === null) return [prefix];
  return Object.entries(value).flatMap(([key, child]) => keysOf(child, prefix ? `${prefix}.${key}` : key));
}

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

  it("French has every key English has", () => {
    expect(keysOf(fr).sort()).toEqual(keysOf(en).sort());
  });

  it("translates error keys and passes other text through", () => {
    expect(translateError("email_invalid", "fr")).toBe("Saisissez une adresse e-mail valide.");
    expect(translateError("Some other message", "fr")).toBe("Some other message");
    expect(dictionary("fr").common.signIn).toBe("Se connecter");
  });
});
