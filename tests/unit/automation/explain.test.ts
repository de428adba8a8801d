import { describe, expect, it } from "vitest";
import { analyseAccountSize } from "@/lib/automation/analysis/account-size";
import { detectContentCategories } from "@/lib/automation/analysis/content-categories";
import { calculatePricingTier } from "@/lib/automation/analysis/pricing-tier";
import { explainReason, storedReasons } from "@/lib/automation/explain";
import { translator, type Language } from "@/lib/i18n";

const words = (language: Language) => (reason: Parameters<typeof explainReason>[0]) => explainReason(reason, translator(language), language);

describe("analysis reasons in the reader's language", () => {
  it("English: labels instead of codes, English number formats", () => {
    const explain = words("en");
    expect(analyseAccountSize({ handle: null, declaredAudienceSize: 12_500, declaredCategories: [], language: "en", country: "FR", chargesEnabled: true, payoutsEnabled: true }).reasons.map(explain)).toEqual([
      "A declared audience of 12,500 is Medium (10,000–49,999).",
    ]);
    expect(calculatePricingTier({ size: "medium", categories: ["cosplay"], country: "GB" }).reasons.map(explain)).toEqual([
      "A Medium account starts at the Standard tier.",
      "The Cosplay niche supports higher prices: raised to Premium.",
      "Prices in GBP, the payout currency for United Kingdom.",
    ]);
  });

  it("French: French words, French number formats, no internal codes", () => {
    const explain = words("fr");
    const sentences = [
      ...analyseAccountSize({ handle: null, declaredAudienceSize: 12_500, declaredCategories: [], language: "fr", country: "FR", chargesEnabled: true, payoutsEnabled: true }).reasons.map(explain),
      ...detectContentCategories({ declaredCategories: ["fitness"], handle: "chef.mia" }).reasons.map(explain),
      ...calculatePricingTier({ size: "medium", categories: [], country: "DE" }).reasons.map(explain),
    ];
    expect(sentences[0]).toMatch(/^Une audience déclarée de 12\u202f500 correspond à la taille Moyen/);
    expect(sentences).toContain("Fitness : choisie dans le profil.");
    expect(sentences.join(" ")).toContain("Cuisine : le nom d'utilisateur « chef.mia » contient « chef ».");
    expect(sentences.join(" ")).toContain("Allemagne");
    expect(sentences.join(" ")).not.toMatch(/\b(fitness|cooking|medium|standard|chosen|account)\b/);
  });

  it("reads old plain-text reasons and drops anything unreadable", () => {
    expect(storedReasons({ reasons: ["Old sentence.", { code: "no_category" }, { code: "DROP TABLE" }, 42, null] })).toEqual(["Old sentence.", { code: "no_category" }]);
    expect(storedReasons(null)).toEqual([]);
    expect(words("fr")("Old sentence.")).toBe("Old sentence.");
  });
});
