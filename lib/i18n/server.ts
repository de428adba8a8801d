import { cookies, headers } from "next/headers";
import { signedInLanguage } from "@/lib/auth/page-guard";
import { cache } from "react";
import { usesSecureCookies } from "@/lib/http/cookies";
import { isTimeZone, TIME_ZONE_COOKIE } from "@/lib/i18n/format";
import { DEFAULT_LANGUAGE, isLanguage, LANGUAGE_COOKIE, languageFromAcceptLanguage, translator, type Language, type Translator } from "@/lib/i18n";

/** The visitor's language: the header switch (cookie), else their profile, else the browser's. Once per request. */
export const currentLanguage = cache(async (): Promise<Language> => {
  const chosen = (await cookies()).get(LANGUAGE_COOKIE)?.value;
  if (isLanguage(chosen)) return chosen;
  // The signed-in creator's profile language comes with the request's one read of the user.
  // Language is a nicety: a database hiccup must not break the page that asks.
  const language = await signedInLanguage().catch(() => null);
  if (isLanguage(language)) return language;
  const requestHeaders = await headers();
  return languageFromAcceptLanguage(requestHeaders.get("accept-language")) ?? DEFAULT_LANGUAGE;
});

const ONE_YEAR_SECONDS = 365 * 24 * 3600;

/** Pages in this browser are in `language` from now on (the header switch, a profile or settings save). */
export async function rememberLanguage(language: Language): Promise<void> {
  (await cookies()).set(LANGUAGE_COOKIE, language, { path: "/", maxAge: ONE_YEAR_SECONDS, sameSite: "lax", httpOnly: true, secure: usesSecureCookies() });
}

/** The visitor's language and a translator in it, for server components. */
export const currentTranslations = cache(async (): Promise<{ language: Language; t: Translator }> => {
  const language = await currentLanguage();
  return { language, t: translator(language) };
});

/** The zone the viewer's browser is in (reported by `TimeZoneReporter`), else UTC. Once per request. */
export const viewerTimeZone = cache(async (): Promise<string> => {
  const zone = (await cookies()).get(TIME_ZONE_COOKIE)?.value;
  return zone && isTimeZone(zone) ? zone : "UTC";
});
