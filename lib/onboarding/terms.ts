import { db } from "@/lib/db";
import { AppError } from "@/lib/http/errors";
import { advanceOnboarding } from "@/lib/onboarding/advance";

// Bump the version whenever the text in the dictionaries changes: acceptance is stored with it.
export const TERMS_VERSION = "2026-11-01";

/** The creator accepts the text they were shown: if it changed meanwhile, they must re-read it. */
export async function acceptTerms(userId: string, version: string, at = new Date()): Promise<void> {
  if (version !== TERMS_VERSION) throw new AppError("terms_changed", 409, `The terms have changed (now version ${TERMS_VERSION}). Please read them again.`);
  await db.$transaction((tx) => advanceOnboarding(tx, userId, "terms_accepted", { termsVersion: version }, at));
}
