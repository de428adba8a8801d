import { analyseAccountSize } from "./account-size";
import { detectContentCategories } from "./content-categories";
import type { AccountSize, CreatorFacts, Explained, PricingRecommendation } from "./facts";
import { calculatePricingTier } from "./pricing-tier";
import type { ContentCategory } from "@/lib/onboarding/categories";

/**
 * Where the analyses come from. Today: deterministic rules over our own records. A future
 * source (the OnlyFans API, a scraper, a model) implements the same three methods and is
 * passed to `runAutomationStep`, without touching the job flow.
 */
export interface AnalysisProvider {
  name: string;
  accountSize(facts: CreatorFacts): Promise<Explained<AccountSize>>;
  pricingTier(input: { size: AccountSize; categories: string[]; country: string | null }): Promise<Explained<PricingRecommendation>>;
  contentCategories(facts: CreatorFacts): Promise<Explained<ContentCategory[]>>;
}

export const rulesProvider: AnalysisProvider = {
  name: "rules-v1",
  accountSize: async (facts) => analyseAccountSize(facts),
  pricingTier: async (input) => calculatePricingTier(input),
  contentCategories: async (facts) => detectContentCategories(facts),
};
