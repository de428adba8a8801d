"use server";

import { cookies, headers } from "next/headers";
import { z } from "zod";
import { currentUser } from "@/lib/auth/current-user";
import { LANGUAGE_COOKIE, LANGUAGES } from "@/lib/i18n";
import { updatePreferredLanguage } from "@/lib/onboarding/profile";

const ONE_YEAR = 365 * 24 * 3600;

export async function switchLanguage(formData: FormData): Promise<void> {
  const parsed = z.object({ language: z.enum(LANGUAGES) }).safeParse(Object.fromEntries(formData.entries()));
  if (!parsed.success) return;
  (await cookies()).set(LANGUAGE_COOKIE, parsed.data.language, { path: "/", maxAge: ONE_YEAR, sameSite: "lax", httpOnly: true });
  const user = await currentUser(await headers());
  if (user) await updatePreferredLanguage(user.id, parsed.data.language);
}
