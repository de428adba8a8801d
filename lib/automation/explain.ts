import { z } from "zod";
import type { Reason } from "@/lib/automation/analysis/facts";
import type { Language, MessageKey, Translator } from "@/lib/i18n";

// Stored reasons are data (a code and its facts); this words them for whoever reads them.
// Rows written before reasons were data hold plain English sentences: shown as they are.

const StoredReason = z.union([z.string(), z.object({ code: z.string().regex(/^[a-z_]+$/), values: z.record(z.string(), z.union([z.string(), z.number()])).optional() })]);

export type StoredReason = string | Reason;

/** The reasons of a stored result, whatever their age; anything unreadable is left out. */
export function storedReasons(result: unknown): StoredReason[] {
  const reasons = (result as { reasons?: unknown } | null)?.reasons;
  if (!Array.isArray(reasons)) return [];
  return reasons.flatMap((reason) => {
    const parsed = StoredReason.safeParse(reason);
    return parsed.success ? [parsed.data as StoredReason] : [];
  });
}

/** Codes inside a reason's values (a size, a tier, a category, a country) shown as labels. */
function label(name: string, value: string | number, t: Translator, language: Language): string | number {
  if (typeof value === "number") return value;
  const key: Partial<Record<string, MessageKey>> = {
    size: `dashboard.automation.sizes.${value}` as MessageKey,
    tier: `dashboard.automation.tiers.${value}` as MessageKey,
    niche: `onboarding.categories.${value}` as MessageKey,
    category: `onboarding.categories.${value}` as MessageKey,
  };
  if (name === "country") return new Intl.DisplayNames([language], { type: "region" }).of(value) ?? value;
  const candidate = key[name];
  return candidate && t.has(candidate) ? t(candidate) : value;
}

export function explainReason(reason: StoredReason, t: Translator, language: Language): string {
  if (typeof reason === "string") return reason;
  const key = `dashboard.automation.reasons.${reason.code}` as MessageKey;
  if (!t.has(key)) return reason.code;
  const values = Object.fromEntries(Object.entries(reason.values ?? {}).map(([name, value]) => [name, label(name, value, t, language)]));
  return t(key, values as never);
}
