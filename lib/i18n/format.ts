import { INTL_LOCALES, type Language } from "@/lib/i18n/languages";

/** The browser's own zone, kept for the pages that show times to staff (the admin's). */
export const TIME_ZONE_COOKIE = "ofm_tz";

export function isTimeZone(value: string): boolean {
  try {
    new Intl.DateTimeFormat("en", { timeZone: value });
    return true;
  } catch {
    return false;
  }
}

/** A moment in the reader's zone, which it names ("7 Dec 2026, 10:15 CET"): never a bare time of unknown zone. */
export function formatDateTime(date: Date, language: Language, zone: string): string {
  return new Intl.DateTimeFormat(INTL_LOCALES[language], { year: "numeric", month: "short", day: "numeric", hour: "2-digit", minute: "2-digit", timeZone: zone, timeZoneName: "short" }).format(date);
}

/** The city of an IANA zone, as people write it ("America/Argentina/Buenos_Aires" → "Argentina / Buenos Aires"). */
export function zoneCity(zone: string): string {
  return zone.split("/").slice(1).join(" / ").replaceAll("_", " ") || zone;
}

/** A time zone as a reader names it: "London (United Kingdom Time)", "London (heure : Royaume-Uni)". */
export function formatTimeZone(zone: string, language: Language): string {
  const name = new Intl.DateTimeFormat(INTL_LOCALES[language], { timeZone: zone, timeZoneName: "longGeneric" })
    .formatToParts(new Date())
    .find((part) => part.type === "timeZoneName")?.value;
  return name ? `${zoneCity(zone)} (${name})` : zoneCity(zone);
}

/**
 * An amount in the reader's language with the currency's everyday symbol ("14,99 £", not
 * "14,99 £GB"): a creator reads prices in their own currency, which the sentence around names.
 */
export function formatMoney(amount: number, currency: string, language: Language): string {
  return new Intl.NumberFormat(INTL_LOCALES[language], { style: "currency", currency, currencyDisplay: "narrowSymbol" }).format(amount);
}
