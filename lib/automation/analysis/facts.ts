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

type ReasonCode =
  | "audience_unknown"
  | "audience_band"
  | "audience_top_band"
  | "tier_base"
  | "tier_raised_for_niche"
  | "currency_for_country"
  | "category_unknown_dropped"
  | "category_chosen"
  | "category_from_handle"
  | "no_category";

/**
 * Why a rule decided what it did, as a code and its facts: stored as data and worded when
 * read (lib/automation/explain.ts), in the reader's language with their number formats.
 */
export interface Reason {
  code: ReasonCode;
  values?: Record<string, string | number>;
}

export interface Explained<T> {
  value: T;
  /** In the order the rules applied. */
  reasons: Reason[];
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
