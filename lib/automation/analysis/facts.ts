import type { AccountSize, PricingTier } from "@/lib/generated/prisma/enums";

/** What we know about a creator when the analyses run (all of it from our own records). */
export interface CreatorFacts {
  handle: string | null;
  declaredAudienceSize: number | null;
  declaredCategories: string[];
  language: string;
  country: string | null;
  chargesEnabled: boolean;
  payoutsEnabled: boolean;
}

export interface Explained<T> {
  value: T;
  /** Human-readable reasons, in the order the rules applied. */
  reasons: string[];
}

export interface PriceRange {
  min: number;
  max: number;
  currency: string;
}

export interface PricingRecommendation {
  tier: PricingTier;
  monthlyPrice: PriceRange;
}

export type { AccountSize, PricingTier };
