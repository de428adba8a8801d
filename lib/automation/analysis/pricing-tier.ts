import type { AccountSize, Explained, PricingRecommendation, PricingTier, Reason } from "./facts";

const TIER_ORDER: PricingTier[] = ["starter", "standard", "premium", "elite"];

const BASE_TIER: Record<AccountSize, PricingTier> = { micro: "starter", small: "standard", medium: "standard", large: "premium", top: "elite" };

// Monthly subscription ranges per tier, in the creator's payout currency (major units).
const PRICE_RANGES: Record<PricingTier, { min: number; max: number }> = {
  starter: { min: 4.99, max: 9.99 },
  standard: { min: 9.99, max: 14.99 },
  premium: { min: 14.99, max: 24.99 },
  elite: { min: 24.99, max: 49.99 },
};

// Niches where subscribers pay more for the same audience (agency benchmarks): one tier up.
const PREMIUM_NICHES = new Set(["adult", "cosplay"]);

const CURRENCY_BY_COUNTRY: Record<string, string> = { US: "USD", GB: "GBP", GI: "GBP", CA: "CAD", AU: "AUD", NZ: "NZD", CH: "CHF", LI: "CHF", JP: "JPY", SE: "SEK", NO: "NOK", DK: "DKK", PL: "PLN", MX: "MXN", BR: "BRL", SG: "SGD", HK: "HKD", AE: "AED" };

function payoutCurrency(country: string | null): string {
  return (country && CURRENCY_BY_COUNTRY[country]) ?? "EUR";
}

export function calculatePricingTier(input: { size: AccountSize; categories: string[]; country: string | null }): Explained<PricingRecommendation> {
  let tier = BASE_TIER[input.size];
  const reasons: Reason[] = [{ code: "tier_base", values: { size: input.size, tier } }];
  const niche = input.categories.find((category) => PREMIUM_NICHES.has(category));
  if (niche && tier !== "elite") {
    tier = TIER_ORDER[TIER_ORDER.indexOf(tier) + 1];
    reasons.push({ code: "tier_raised_for_niche", values: { niche, tier } });
  }
  const currency = payoutCurrency(input.country);
  if (input.country) reasons.push({ code: "currency_for_country", values: { currency, country: input.country } });
  return { value: { tier, monthlyPrice: { ...PRICE_RANGES[tier], currency } }, reasons };
}
