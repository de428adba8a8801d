import { z } from "zod";
import { db } from "@/lib/db";
import { LANGUAGES, type Language } from "@/lib/i18n";
import { advanceOnboarding } from "@/lib/onboarding/advance";
import { CONTENT_CATEGORIES, MAX_CATEGORIES } from "@/lib/onboarding/categories";
import { env } from "@/lib/env";
import { supportedCountries } from "@/lib/stripe/platform";
import { isTimeZone } from "@/lib/i18n/format";

// OnlyFans usernames: letters, digits, dots, underscores and hyphens, starting with a letter
// or digit. A leading @ or a pasted profile URL is accepted and stripped.
const HANDLE_PATTERN = /^[a-z0-9][a-z0-9._-]{2,29}$/;

function normaliseHandle(value: string): string {
  return value
    .trim()
    .replace(/^https?:\/\/(www\.)?onlyfans\.com\//i, "")
    .replace(/^@/, "")
    .replace(/\/+$/, "")
    .toLowerCase();
}


export interface ProfileChoices {
  countries: Array<{ code: string; name: string }>;
  timeZones: string[];
}

// Named, collated and listed once per language (and platform country): the same lists on
// every render, and building them was the profile page's costliest per-request work of ours.
const choicesByLanguage = new Map<string, ProfileChoices>();

/** The countries (where this platform can pay out, by name in the reader's language) and time zones the form offers. */
export function profileChoices(language: Language): ProfileChoices {
  const key = `${language}:${env().STRIPE_PLATFORM_COUNTRY}`;
  let choices = choicesByLanguage.get(key);
  if (!choices) {
    const names = new Intl.DisplayNames([language], { type: "region" });
    const collator = new Intl.Collator(language);
    choices = {
      countries: supportedCountries()
        .map((code) => ({ code, name: names.of(code) ?? code }))
        .sort((a, b) => collator.compare(a.name, b.name)),
      timeZones: Intl.supportedValuesOf("timeZone"),
    };
    choicesByLanguage.set(key, choices);
  }
  return choices;
}

/** Form fields arrive as strings (categories possibly repeated); the API sends JSON. */
export const ProfileInput = z.object({
  onlyfansHandle: z
    .string({ error: "handle_required" })
    .transform(normaliseHandle)
    .pipe(z.string().min(1, { error: "handle_required" }).regex(HANDLE_PATTERN, { error: "handle_invalid" })),
  // Where this platform can open a payouts account (lib/stripe/platform.ts), read at parse time.
  country: z.string({ error: "country_invalid" }).trim().toUpperCase().refine((country) => supportedCountries().includes(country), { error: "country_invalid" }),
  language: z.enum(LANGUAGES, { error: "language_invalid" }),
  timezone: z.string({ error: "timezone_invalid" }).trim().refine(isTimeZone, { error: "timezone_invalid" }),
  contentCategories: z.preprocess(
    (value) => [...new Set(value === undefined ? [] : Array.isArray(value) ? value : [value])],
    z
      .array(z.enum(CONTENT_CATEGORIES, { error: "categories_invalid" }))
      .min(1, { error: "categories_required" })
      .max(MAX_CATEGORIES, { error: "categories_too_many" }),
  ),
  declaredAudienceSize: z.preprocess(
    (value) => (value === "" || value === undefined || value === null ? undefined : typeof value === "string" ? Number(value.replace(/[\s,.]/g, "")) : value),
    z.number({ error: "audience_invalid" }).int({ error: "audience_invalid" }).min(0, { error: "audience_invalid" }).max(1_000_000_000, { error: "audience_invalid" }).optional(),
  ),
});
export type ProfileInput = z.infer<typeof ProfileInput>;

/** Saves the profile and marks the step done (editing it later keeps the progress). */
export async function saveProfile(userId: string, input: ProfileInput, at = new Date()): Promise<void> {
  await db.$transaction(async (tx) => {
    await advanceOnboarding(tx, userId, "profile_completed", {}, at);
    await tx.creatorProfile.update({
      where: { userId },
      data: {
        onlyfansHandle: input.onlyfansHandle,
        country: input.country,
        language: input.language,
        timezone: input.timezone,
        contentCategories: input.contentCategories,
        declaredAudienceSize: input.declaredAudienceSize ?? null,
      },
    });
  });
}

