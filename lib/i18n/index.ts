import { en, type Dictionary, type ErrorKey } from "@/lib/i18n/en";
import { fr } from "@/lib/i18n/fr";

export const LANGUAGES = ["en", "fr"] as const;
export type Language = (typeof LANGUAGES)[number];
export const DEFAULT_LANGUAGE: Language = "en";
export const LANGUAGE_COOKIE = "ofm_lang";

const DICTIONARIES: Record<Language, Dictionary> = { en, fr };

export function isLanguage(value: unknown): value is Language {
  return typeof value === "string" && (LANGUAGES as readonly string[]).includes(value);
}

export function dictionary(language: Language): Dictionary {
  return DICTIONARIES[language];
}

/** The best of our languages for an Accept-Language header (q-values respected). */
export function languageFromAcceptLanguage(header: string | null | undefined): Language | undefined {
  const ranked = (header ?? "")
    .split(",")
    .map((part) => {
      const [tag, ...params] = part.trim().split(";");
      const q = Number(params.find((param) => param.trim().startsWith("q="))?.trim().slice(2) ?? 1);
      return { language: tag.trim().toLowerCase().split("-")[0], q: Number.isFinite(q) ? q : 0 };
    })
    .filter((entry) => entry.language && entry.q > 0)
    .sort((a, b) => b.q - a.q);
  return ranked.map((entry) => entry.language).find(isLanguage);
}

/** Error keys (zod messages and error codes) in the given language; other text passes through. */
export function translateError(keyOrMessage: string, language: Language): string {
  const errors = DICTIONARIES[language].errors as Record<string, string>;
  return errors[keyOrMessage] ?? keyOrMessage;
}

export type { Dictionary, ErrorKey };
