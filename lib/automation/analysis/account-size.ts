import type { AccountSize, CreatorFacts, Explained, Reason } from "./facts";

// Audience thresholds (fans and followers across platforms), lower bound inclusive.
const SIZE_THRESHOLDS: ReadonlyArray<{ size: AccountSize; from: number }> = [
  { size: "top", from: 250_000 },
  { size: "large", from: 50_000 },
  { size: "medium", from: 10_000 },
  { size: "small", from: 1_000 },
  { size: "micro", from: 0 },
];

/**
 * Account size from the declared audience. Without a declaration we assume the smallest size
 * (and say so): guessing higher would overprice a new creator.
 */
export function analyseAccountSize(facts: CreatorFacts): Explained<AccountSize> {
  if (facts.declaredAudienceSize === null) {
    return { value: "micro", reasons: [{ code: "audience_unknown", values: { size: "micro" } }] };
  }
  const audience = facts.declaredAudienceSize;
  const band = SIZE_THRESHOLDS.find((threshold) => audience >= threshold.from)!;
  const next = SIZE_THRESHOLDS[SIZE_THRESHOLDS.indexOf(band) - 1];
  const reason: Reason = next
    ? { code: "audience_band", values: { audience, size: band.size, from: band.from, to: next.from - 1 } }
    : { code: "audience_top_band", values: { audience, size: band.size, from: band.from } };
  return { value: band.size, reasons: [reason] };
}
