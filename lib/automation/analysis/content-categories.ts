import { CONTENT_CATEGORIES, isContentCategory, MAX_CATEGORIES, type ContentCategory } from "@/lib/onboarding/categories";
import type { CreatorFacts, Explained, Reason } from "./facts";

// Words in a handle that point to a category. Kept small and obvious so a reason can quote them.
const HANDLE_KEYWORDS: Record<ContentCategory, string[]> = {
  fitness: ["fit", "gym", "yoga", "pilates", "lift"],
  lifestyle: ["life", "daily", "vlog"],
  fashion: ["fashion", "style", "outfit"],
  beauty: ["beauty", "makeup", "glam"],
  cosplay: ["cosplay", "cos"],
  gaming: ["game", "gamer", "gaming", "twitch"],
  music: ["music", "dj", "sings", "beats"],
  art: ["art", "draws", "paint"],
  comedy: ["comedy", "funny", "lol"],
  travel: ["travel", "wander", "nomad"],
  cooking: ["cook", "chef", "kitchen", "bakes"],
  education: ["teach", "learn", "tutor"],
  adult: ["xxx", "nsfw", "18plus"],
};

/**
 * A keyword matches a whole word of the handle (words split on . _ - and digits); keywords of
 * four letters or more also match the start or end of a word ("chefmia", "miayoga").
 */
function keywordIn(handle: string, keyword: string): boolean {
  return handle
    .split(/[._\-\d]+/)
    .some((word) => word === keyword || (keyword.length >= 4 && (word.startsWith(keyword) || word.endsWith(keyword))));
}

/**
 * Normalised categories: the creator's own choices validated against the taxonomy (unknown
 * ones dropped with a reason), then categories the handle clearly points to, at most five.
 */
export function detectContentCategories(facts: Pick<CreatorFacts, "declaredCategories" | "handle">): Explained<ContentCategory[]> {
  const reasons: Reason[] = [];
  const result: ContentCategory[] = [];
  for (const raw of facts.declaredCategories) {
    const category = raw.trim().toLowerCase();
    if (!isContentCategory(category)) reasons.push({ code: "category_unknown_dropped", values: { raw } });
    else if (!result.includes(category)) {
      result.push(category);
      reasons.push({ code: "category_chosen", values: { category } });
    }
  }
  const handle = facts.handle?.toLowerCase() ?? "";
  for (const category of CONTENT_CATEGORIES) {
    if (result.length >= MAX_CATEGORIES || result.includes(category) || !handle) continue;
    const keyword = HANDLE_KEYWORDS[category].find((candidate) => keywordIn(handle, candidate));
    if (keyword) {
      result.push(category);
      reasons.push({ code: "category_from_handle", values: { category, handle, keyword } });
    }
  }
  if (result.length === 0) reasons.push({ code: "no_category" });
  return { value: result, reasons };
}
