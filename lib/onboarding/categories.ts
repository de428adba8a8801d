import { ContentCategory } from "@/lib/generated/prisma/enums";

// The fixed content taxonomy creators choose from: the `ContentCategory` enum of
// prisma/schema.prisma is its one home (the database refuses anything else). Labels live in
// the dictionaries (lib/i18n) so they can be translated.
export const CONTENT_CATEGORIES = Object.values(ContentCategory) as [ContentCategory, ...ContentCategory[]];

export type { ContentCategory };

export const MAX_CATEGORIES = 5;

export function isContentCategory(value: unknown): value is ContentCategory {
  return typeof value === "string" && (CONTENT_CATEGORIES as readonly string[]).includes(value);
}
