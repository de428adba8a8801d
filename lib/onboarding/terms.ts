import { db } from "@/lib/db";
import { advanceOnboarding } from "@/lib/onboarding/advance";

// Bump the version whenever the text in the dictionaries changes: acceptance is stored with it.
export const TERMS_VERSION = "2026-11-01";

export async function acceptTerms(userId: string, version: string, at = new Date()): Promise<void> {
  await db.$transaction((tx) => advanceOnboarding(tx, userId, "terms_accepted", { termsVersion: version }, at));
}
