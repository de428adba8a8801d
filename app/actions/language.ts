"use server";

import { cookies } from "next/headers";
import { z } from "zod";
import { guardedAction } from "@/lib/http/form-action";
import { LANGUAGE_COOKIE, LANGUAGES } from "@/lib/i18n";

const ONE_YEAR = 365 * 24 * 3600;

/**
 * The header's language switch: the language of these pages, in this browser, for anyone. It
 * never changes a creator's preferred language (the profile field, which their emails follow):
 * reading the site in English on a borrowed laptop is not asking for English emails.
 */
export const switchLanguage = guardedAction({ schema: z.object({ language: z.enum(LANGUAGES) }) }, async (input) => {
  (await cookies()).set(LANGUAGE_COOKIE, input.language, { path: "/", maxAge: ONE_YEAR, sameSite: "lax", httpOnly: true });
});
