import type { Dictionary } from "@/lib/i18n";

/**
 * Stripe's requirement keys (`individual.dob.day`, `external_account`, …) in plain words,
 * one line per thing the creator has to provide (the three parts of a date are one thing).
 */
export function describeRequirements(keys: string[], t: Dictionary): string[] {
  const known = t.payout.requirements as Record<string, string>;
  const lines = keys.map((key) => {
    const match = Object.keys(known)
      .filter((candidate) => key === candidate || key.startsWith(`${candidate}.`))
      .sort((a, b) => b.length - a.length)[0];
    return known[match ?? "other"];
  });
  return [...new Set(lines)];
}
