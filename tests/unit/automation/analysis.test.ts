import { describe, expect, it } from "vitest";
import { analyseAccountSize } from "@/lib/automation/analysis/account-size";
import { detectContentCategories } from "@/lib/automation/analysis/content-categories";
import type { CreatorFacts } from "@/lib/automation/analysis/facts";
import { calculatePricingTier } from "@/lib/automation/analysis/pricing-tier";

const FACTS: CreatorFacts = { handle: null, declaredAudienceSize: null, declaredCategories: [], language: "en", country: "FR", chargesEnabled: true, payoutsEnabled: true };

describe("account size", () => {
  it.each([
    [null, "micro"],
    [0, "micro"],
    [999, "micro"],
    [1_000, "small"],
    [9_999, "small"],
    [10_000, "medium"],
    [49_999, "medium"],
    [50_000, "large"],
    [249_999, "large"],
    [250_000, "top"],
    [5_000_000, "top"],
  ])("an audience of %s is %s", (audience, size) => {
    expect(analyseAccountSize({ ...FACTS, declaredAudienceSize: audience }).value).toBe(size);
  });

  it("explains itself", () => {
    expect(analyseAccountSize({ ...FACTS, declaredAudienceSize: 12_500 }).reasons).toEqual([{ code: "audience_band", values: { audience: 12_500, size: "medium", from: 10_000, to: 49_999 } }]);
    expect(analyseAccountSize({ ...FACTS, declaredAudienceSize: 300_000 }).reasons).toEqual([{ code: "audience_top_band", values: { audience: 300_000, size: "top", from: 250_000 } }]);
    expect(analyseAccountSize(FACTS).reasons).toEqual([{ code: "audience_unknown", values: { size: "micro" } }]);
  });
});

describe("pricing tier", () => {
  it.each([
    ["micro", [], "FR", "starter", 4.99, 9.99, "EUR"],
    ["small", ["fitness"], "US", "standard", 9.99, 14.99, "USD"],
    ["medium", ["travel"], "GB", "standard", 9.99, 14.99, "GBP"],
    ["medium", ["cosplay"], "DE", "premium", 14.99, 24.99, "EUR"],
    ["large", ["music"], null, "premium", 14.99, 24.99, "EUR"],
    ["large", ["adult"], "CA", "elite", 24.99, 49.99, "CAD"],
    ["top", ["adult"], "JP", "elite", 24.99, 49.99, "JPY"],
  ] as const)("%s with %j in %s → %s %d–%d %s", (size, categories, country, tier, min, max, currency) => {
    const result = calculatePricingTier({ size, categories: [...categories], country });
    expect(result.value).toEqual({ tier, monthlyPrice: { min, max, currency } });
    expect(result.reasons[0]).toEqual({ code: "tier_base", values: { size, tier: expect.any(String) } });
    expect(result.reasons.some((reason) => reason.code === "tier_raised_for_niche")).toBe(categories.some((category) => category === "adult" || category === "cosplay") && size !== "top");
  });
});

describe("content categories", () => {
  it.each([
    [["fitness", "travel"], null, ["fitness", "travel"]],
    [["Fitness", "knitting"], null, ["fitness"]],
    [[], "chef.mia", ["cooking"]],
    [["music"], "miayoga_travel", ["music", "fitness", "travel"]],
    [[], "lea", []],
    [["art", "art"], "gamer.art", ["art", "gaming"]],
    [["fitness", "lifestyle", "fashion", "beauty", "travel"], "cosplay.gamer", ["fitness", "lifestyle", "fashion", "beauty", "travel"]],
  ])("declared %j with handle %j → %j", (declared, handle, expected) => {
    expect(detectContentCategories({ declaredCategories: declared, handle }).value).toEqual(expected);
  });

  it("says why each category is there or not", () => {
    const result = detectContentCategories({ declaredCategories: ["knitting", "music"], handle: "dj.lea" });
    expect(result.reasons).toEqual([
      { code: "category_unknown_dropped", values: { raw: "knitting" } },
      { code: "category_chosen", values: { category: "music" } },
    ]);
    expect(detectContentCategories({ declaredCategories: [], handle: "chefmia" }).reasons).toEqual([{ code: "category_from_handle", values: { category: "cooking", handle: "chefmia", keyword: "chef" } }]);
    expect(detectContentCategories({ declaredCategories: [], handle: "lea" }).reasons).toEqual([{ code: "no_category" }]);
  });
});
