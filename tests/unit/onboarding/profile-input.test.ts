import { describe, expect, it } from "vitest";
import { ProfileInput } from "@/lib/onboarding/profile";

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
