import { describe, expect, it } from "vitest";
import { profileChoices, ProfileInput } from "@/lib/onboarding/profile";
import { supportedCountries } from "@/lib/stripe/platform";
import { withEnv } from "../../support/env";

const VALID = { onlyfansHandle: "lea.creates", country: "FR", language: "en", timezone: "Europe/Paris", contentCategories: ["fitness"] };

function errors(input: Record<string, unknown>) {
  const result = ProfileInput.safeParse({ ...VALID, ...input });
  return result.success ? {} : Object.fromEntries(result.error.issues.map((issue) => [issue.path.join("."), issue.message]));
}

describe("profile input", () => {
  it.each([
    ["@lea.creates", "lea.creates"],
    ["https://onlyfans.com/Lea_Creates/", "lea_creates"],
    ["  MiaStone ", "miastone"],
  ])("normalises the handle %j to %j", (raw, handle) => {
    expect(ProfileInput.parse({ ...VALID, onlyfansHandle: raw }).onlyfansHandle).toBe(handle);
  });

  it.each([["ab"], ["-leading"], ["has space"], ["x".repeat(31)], ["émilie"]])("refuses the handle %j", (handle) => {
    expect(errors({ onlyfansHandle: handle })).toEqual({ onlyfansHandle: "handle_invalid" });
  });

  it("takes one category from a form as a list, removes duplicates, and caps at five", () => {
    expect(ProfileInput.parse({ ...VALID, contentCategories: "travel" }).contentCategories).toEqual(["travel"]);
    expect(ProfileInput.parse({ ...VALID, contentCategories: ["art", "art"] }).contentCategories).toEqual(["art"]);
    expect(errors({ contentCategories: [] })).toEqual({ contentCategories: "categories_required" });
    expect(errors({ contentCategories: ["art", "music", "travel", "comedy", "gaming", "fitness"] })).toEqual({ contentCategories: "categories_too_many" });
    expect(errors({ contentCategories: ["knitting"] })).toEqual({ "contentCategories.0": "categories_invalid" });
  });

  it("checks time zone, country and language against real lists", () => {
    expect(errors({ timezone: "Mars/Olympus", country: "XX", language: "de" })).toEqual({ timezone: "timezone_invalid", country: "country_invalid", language: "language_invalid" });
  });

  it("accepts an audience size typed with separators, or none", () => {
    expect(ProfileInput.parse({ ...VALID, declaredAudienceSize: "12 500" }).declaredAudienceSize).toBe(12500);
    expect(ProfileInput.parse({ ...VALID, declaredAudienceSize: "" }).declaredAudienceSize).toBeUndefined();
    expect(errors({ declaredAudienceSize: "lots" })).toEqual({ declaredAudienceSize: "audience_invalid" });
  });
});

describe("profile choices", () => {
  it("names every country the platform pays out to in the reader's language, in that language's order", () => {
    const { countries } = profileChoices("fr");
    expect(countries.map((country) => country.code).sort()).toEqual(supportedCountries());
    const names = countries.map((country) => country.name);
    expect(names).toContain("Allemagne");
    // French collation puts É among the E's, not after Z as a code-point sort would.
    expect(names.indexOf("États-Unis")).toBeLessThan(names.indexOf("France"));
    expect(profileChoices("en").countries.map((country) => country.name)).toContain("Germany");
  });

  it("is built once per language and platform country, and follows a change of platform country", async () => {
    expect(profileChoices("en")).toBe(profileChoices("en"));
    expect(profileChoices("en").timeZones).toContain("Europe/London");
    const codes = (choices: ReturnType<typeof profileChoices>) => choices.countries.map((country) => country.code).sort();
    expect(await withEnv({ STRIPE_PLATFORM_COUNTRY: "FR" }, () => codes(profileChoices("en")))).toEqual(supportedCountries("FR"));
    expect(await withEnv({ STRIPE_PLATFORM_COUNTRY: "US" }, () => codes(profileChoices("en")))).toEqual(supportedCountries("US"));
  });
});
