"use client";

import { useLocale, useTranslations } from "next-intl";
import { useState, useSyncExternalStore } from "react";
import { asLanguage, INTL_LOCALES } from "@/lib/i18n/languages";
import { zoneCity } from "@/lib/i18n/format";

interface TimeZonePickerProps {
  name: string;
  label: string;
  zones: string[];
  value: string;
  onChange: (zone: string) => void;
  hint?: string;
  error?: string;
}

const REGIONS = ["Europe", "America", "Africa", "Asia", "Australia", "Pacific", "Atlantic", "Indian", "Antarctica", "Arctic"] as const;

// The browser's clock, to the minute; null on the server.
const currentMinute = () => Math.floor(Date.now() / 60_000);
function subscribeToMinutes(onChange: () => void) {
  const timer = setInterval(onChange, 15_000);
  return () => clearInterval(timer);
}

/**
 * 418 IANA zones made choosable: a search box over city and region names, the list grouped by
 * region. The local time and UTC offset (drawn in the browser, so the server's clock never
 * disagrees with the visitor's) are given for the chosen zone and for a search's few matches:
 * formatting all 418 on every render was the profile page's longest task on a phone.
 */
const TIMED_MATCHES = 30;

export function TimeZonePicker({ name, label, zones, value, onChange, hint, error }: TimeZonePickerProps) {
  const t = useTranslations("timezones");
  const locale = useLocale();
  const [query, setQuery] = useState("");
  const minute = useSyncExternalStore(subscribeToMinutes, currentMinute, () => null);
  const describe = (zone: string, timed: boolean) => {
    if (minute === null || !timed) return zoneCity(zone);
    const parts = new Intl.DateTimeFormat(INTL_LOCALES[asLanguage(locale)], { timeZone: zone, hour: "2-digit", minute: "2-digit", timeZoneName: "shortOffset" }).formatToParts(new Date(minute * 60_000));
    const time = parts
      .filter((part) => part.type !== "timeZoneName")
      .map((part) => part.value)
      .join("")
      .trim();
    const offset = parts.find((part) => part.type === "timeZoneName")?.value ?? "";
    return `${zoneCity(zone)} — ${time} (${offset})`;
  };

  const needle = query.trim().toLowerCase().replaceAll(" ", "_");
  const groups = REGIONS.map((region) => ({
    region,
    zones: zones.filter((zone) => zone.startsWith(`${region}/`) && (zone === value || !needle || zone.toLowerCase().includes(needle) || t(`regions.${region}`).toLowerCase().includes(query.trim().toLowerCase()))),
  })).filter((group) => group.zones.length > 0);
  const matches = groups.reduce((count, group) => count + group.zones.length, 0);
  const timeEach = needle !== "" && matches <= TIMED_MATCHES;

  const noteId = hint || error ? `${name}-hint` : undefined;
  return (
    <div className="space-y-1.5">
      <label htmlFor={name} className="block text-sm font-medium text-slate-900">
        {label}
      </label>
      <input
        type="search"
        value={query}
        onChange={(event) => setQuery(event.target.value)}
        placeholder={t("search")}
        aria-label={t("searchLabel")}
        aria-controls={name}
        className="block w-full rounded-lg border border-slate-300 bg-white px-3 py-2 text-sm text-slate-900 shadow-sm focus:outline-2 focus:outline-offset-1 focus:outline-brand-600"
      />
      <select
        id={name}
        name={name}
        value={value}
        onChange={(event) => onChange(event.target.value)}
        aria-describedby={noteId}
        aria-invalid={error ? true : undefined}
        className={`block w-full rounded-lg border bg-white px-3 py-2.5 text-slate-900 shadow-sm focus:outline-2 focus:outline-offset-1 focus:outline-brand-600 ${error ? "border-red-600" : "border-slate-300"}`}
      >
        {groups.map((group) => (
          <optgroup key={group.region} label={t(`regions.${group.region}`)}>
            {group.zones.map((zone) => (
              <option key={zone} value={zone}>
                {describe(zone, timeEach || zone === value)}
              </option>
            ))}
          </optgroup>
        ))}
      </select>
      {noteId && (
        <p id={noteId} className={error ? "text-sm font-medium text-red-700" : "text-sm text-slate-600"}>
          {error ?? hint}
        </p>
      )}
    </div>
  );
}
