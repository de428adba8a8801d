// The fixed content taxonomy creators choose from. Keys are stored; labels live in the
// dictionaries (lib/i18n) so they can be translated.
export const CONTENT_CATEGORIES = [
  "fitness",
  "lifestyle",
  "fashion",
  "beauty",
  "cosplay",
  "gaming",
  "music",
  "art",
  "comedy",
  "travel",
  "cooking",
  "education",
  "adult",
] as const;

export type ContentCategory = (typeof CONTENT_CATEGORIES)[number];

export const MAX_CATEGORIES = 5;

export function isContentCategory(value: unknown): value is ContentCategory {
  return typeof value === "string" && (CONTENT_CATEGORIES as readonly string[]).includes(value);
}
