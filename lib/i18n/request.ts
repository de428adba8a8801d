import { getRequestConfig } from "next-intl/server";
import { DISPLAY_TIME_ZONE, MESSAGES } from "@/lib/i18n";
import { currentLanguage } from "@/lib/i18n/server";

// next-intl's request configuration (next.config.ts points at this file): the language of the
// visitor, without locale prefixes in URLs.
export default getRequestConfig(async () => {
  const locale = await currentLanguage();
  return { locale, messages: MESSAGES[locale], timeZone: DISPLAY_TIME_ZONE };
});
