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
    expect(analyseAccountSize({ ...FACTS, declaredAudienceSize: 12_500 }).reasons).toEqual(["Declared audience of 12,500 is medium (10,000–49,999)."]);
    expect(analyseAccountSize(FACTS).reasons[0]).toMatch(/No audience size declared/);
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
    expect(result.reasons[0]).toBe(`A ${size} account starts at the ${size === "micro" ? "starter" : size === "top" ? "elite" : size === "large" ? "premium" : "standard"} tier.`);
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
    expect(result.reasons).toEqual(['"knitting" is not in the taxonomy: dropped.', "music: chosen by the creator."]);
    expect(detectContentCategories({ declaredCategories: [], handle: "chefmia" }).reasons).toEqual(['cooking: the handle "chefmia" contains "chef".']);
  });
});
