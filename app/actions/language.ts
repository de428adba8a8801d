"use server";

import { z } from "zod";
import { guardedAction } from "@/lib/http/form-action";
import { LANGUAGES } from "@/lib/i18n";
import { rememberLanguage } from "@/lib/i18n/server";

/**
 * The header's language switch: the language of these pages, in this browser, for anyone. It
 * never changes a creator's preferred language (the profile field, which their emails follow):
 * reading the site in English on a borrowed laptop is not asking for English emails.
 */
export const switchLanguage = guardedAction({ schema: z.object({ language: z.enum(LANGUAGES) }) }, async (input) => {
  await rememberLanguage(input.language);
});
