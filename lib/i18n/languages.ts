// The languages we speak, without any catalogue: safe to import from client components.
import { match } from "@formatjs/intl-localematcher";
import Negotiator from "negotiator";

export const LANGUAGES = ["en", "fr"] as const;
export type Language = (typeof LANGUAGES)[number];
export const DEFAULT_LANGUAGE: Language = "en";
export const LANGUAGE_COOKIE = "ofm_lang";

/** Each language named in itself, as a language picker shows it. */
export const LANGUAGE_NAMES: Record<Language, string> = { en: "English", fr: "Français" };

/** The Intl locale each language formats dates and numbers with. */
export const INTL_LOCALES: Record<Language, string> = { en: "en-GB", fr: "fr-FR" };

const NO_MATCH = "und";

function isLocaleTag(tag: string): boolean {
  try {
    return Intl.getCanonicalLocales(tag).length === 1;
  } catch {
    return false;
  }
}

export function isLanguage(value: unknown): value is Language {
  return typeof value === "string" && (LANGUAGES as readonly string[]).includes(value);
}

export function asLanguage(value: unknown): Language {
  return isLanguage(value) ? value : DEFAULT_LANGUAGE;
}

/** A stored language shown by its own name; an unknown code passes through. */
export function languageName(value: string): string {
  return isLanguage(value) ? LANGUAGE_NAMES[value] : value;
}

/** The best of our languages for an Accept-Language header (q-values respected), as the Next.js i18n guide negotiates it. */
export function languageFromAcceptLanguage(header: string | null | undefined): Language | undefined {
  const requested = new Negotiator({ headers: { "accept-language": header ?? "" } }).languages().filter((tag) => tag !== "*" && isLocaleTag(tag));
  const matched = match(requested, LANGUAGES, NO_MATCH);
  return isLanguage(matched) ? matched : undefined;
}

/** The region of the browser's first language ("en-US,en;q=0.9" → "US"), if it names one. */
export function regionFromAcceptLanguage(header: string | null | undefined): string | undefined {
  const first = (header ?? "").split(",")[0]?.split(";")[0]?.trim();
  if (!first) return undefined;
  try {
    return new Intl.Locale(first).region;
  } catch {
    return undefined;
  }
}
