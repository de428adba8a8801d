import { cookies, headers } from "next/headers";
import { db } from "@/lib/db";
import { requestClaims } from "@/lib/auth/session-token";
import { cache } from "react";
import { DEFAULT_LANGUAGE, isLanguage, LANGUAGE_COOKIE, languageFromAcceptLanguage, translator, type Language, type Translator } from "@/lib/i18n";

/** The visitor's language: the header switch (cookie), else their profile, else the browser's. Once per request. */
export const currentLanguage = cache(async (): Promise<Language> => {
  const chosen = (await cookies()).get(LANGUAGE_COOKIE)?.value;
  if (isLanguage(chosen)) return chosen;
  const requestHeaders = await headers();
  // The language is only a preference: the claims are enough, without the session check.
  const userId = (await requestClaims(requestHeaders))?.userId;
  if (userId) {
    // Language is a nicety: a database hiccup must not break the page that asks.
    const profile = await db.creatorProfile.findUnique({ where: { userId }, select: { language: true } }).catch(() => null);
    if (isLanguage(profile?.language)) return profile.language;
  }
  return languageFromAcceptLanguage(requestHeaders.get("accept-language")) ?? DEFAULT_LANGUAGE;
});

/** The visitor's language and a translator in it, for server components. */
export const currentTranslations = cache(async (): Promise<{ language: Language; t: Translator }> => {
  const language = await currentLanguage();
  return { language, t: translator(language) };
});
