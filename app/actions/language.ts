"use server";

import { cookies } from "next/headers";
import { z } from "zod";
import { guardedAction } from "@/lib/http/form-action";
import { LANGUAGE_COOKIE, LANGUAGES } from "@/lib/i18n";
import { updatePreferredLanguage } from "@/lib/onboarding/profile";

const ONE_YEAR = 365 * 24 * 3600;

/** The header's language switch: anyone may use it; a signed-in person's emails follow it too. */
export const switchLanguage = guardedAction({ schema: z.object({ language: z.enum(LANGUAGES) }) }, async (input, { user }) => {
  (await cookies()).set(LANGUAGE_COOKIE, input.language, { path: "/", maxAge: ONE_YEAR, sameSite: "lax", httpOnly: true });
  if (user) await updatePreferredLanguage(user.id, input.language);
});
