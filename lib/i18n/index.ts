import { createTranslator } from "next-intl";
import en from "@/lib/i18n/messages/en.json";
import fr from "@/lib/i18n/messages/fr.json";
import type { Language } from "@/lib/i18n/languages";

// One ICU catalogue per language (lib/i18n/messages/*.json) for every string a person reads:
// pages, the admin, emails, error messages. Formatted by next-intl: `useTranslations` in client
// components, `translator()` everywhere else (server pages, emails, the API).

export * from "@/lib/i18n/languages";

export type Messages = typeof en;
export const MESSAGES: Record<Language, Messages> = { en, fr };

export type Translator = ReturnType<typeof createTranslator<Messages, never>>;

/** A catalogue key; dynamic keys (`states.${state}`) are cast to it where the union is known. */
export type MessageKey = Parameters<Translator>[0];

// Dates in messages are calendar days (terms accepted on, deadlines); one zone keeps server and
// browser renderings identical.
export const DISPLAY_TIME_ZONE = "UTC";

const translators = new Map<Language, Translator>();

/** A translator over the whole catalogue in one language. */
export function translator(language: Language): Translator {
  let existing = translators.get(language);
  if (!existing) {
    existing = createTranslator({ locale: language, messages: MESSAGES[language], timeZone: DISPLAY_TIME_ZONE });
    translators.set(language, existing);
  }
  return existing;
}

/** Error keys (zod messages and error codes) in the given language; other text passes through. */
export function translateError(keyOrMessage: string, language: Language): string {
  const t = translator(language);
  const key = `errors.${keyOrMessage}` as MessageKey;
  return /^[a-z_]+$/.test(keyOrMessage) && t.has(key) ? t(key) : keyOrMessage;
}

// What client components translate: the rest of the catalogue stays on the server.
const CLIENT_MESSAGE_PATHS = ["account", "errorPage", "timezones", "password", "sessionExpired", "common.email", "common.password", "common.working", "common.signIn", "common.createAccount", "errors", "login", "register", "verify", "onboarding.profile", "onboarding.categories", "onboarding.saveAndContinue", "onboarding.terms.accept", "onboarding.terms.submit"];

/** The part of the catalogue sent to the browser with each page; the admin pages add theirs. */
export function clientMessages(language: Language, extra: Array<keyof Messages> = []): Partial<Messages> {
  const picked: Record<string, unknown> = {};
  for (const path of CLIENT_MESSAGE_PATHS) {
    const parts = path.split(".");
    let source: unknown = MESSAGES[language];
    let target = picked;
    parts.forEach((part, index) => {
      source = (source as Record<string, unknown>)[part];
      if (index === parts.length - 1) target[part] = source;
      else target = (target[part] ??= {}) as Record<string, unknown>;
    });
  }
  for (const namespace of extra) picked[namespace] = MESSAGES[language][namespace];
  return picked as Partial<Messages>;
}
