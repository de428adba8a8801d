"use server";

import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { z } from "zod";
import { requirePageUser } from "@/lib/auth/page-guard";
import { resendVerification } from "@/lib/auth/verification";
import { AppError } from "@/lib/http/errors";
import { formAction } from "@/lib/http/form-action";
import { consumeRateLimit } from "@/lib/http/rate-limit";
import { LANGUAGE_COOKIE } from "@/lib/i18n";
import { ProfileInput, saveProfile } from "@/lib/onboarding/profile";
import { acceptTerms, TERMS_VERSION } from "@/lib/onboarding/terms";
import { startStripeOnboarding, syncAccountFromStripe } from "@/lib/stripe/connect";
import { loadOnboarding, pageUrl } from "@/lib/onboarding/wizard";

async function continueWizard(userId: string): Promise<never> {
  redirect(pageUrl((await loadOnboarding(userId)).next));
}

export const resendMyVerificationAction = formAction({ schema: z.object({}) }, async (_input, { ip }) => {
  const user = await requirePageUser();
  await consumeRateLimit("resend", { ip, email: user.email });
  await resendVerification({ userId: user.id });
  return { status: "success" };
});

const TermsInput = z.object({
  accept: z.literal("on", { error: "terms_required" }),
  version: z.string().max(40),
});

export const acceptTermsAction = formAction({ schema: TermsInput }, async (input) => {
  const user = await requirePageUser({ roles: ["creator"] });
  // The creator accepts the text they were shown; if it changed meanwhile, they must re-read it.
  if (input.version !== TERMS_VERSION) throw new AppError("validation_failed", 409, "The terms have changed since you opened this page. Please read them again.");
  await acceptTerms(user.id, TERMS_VERSION);
  await continueWizard(user.id);
});

export const saveProfileAction = formAction({ schema: ProfileInput }, async (input) => {
  const user = await requirePageUser({ roles: ["creator"] });
  await saveProfile(user.id, input);
  (await cookies()).set(LANGUAGE_COOKIE, input.language, { path: "/", maxAge: 365 * 24 * 3600, sameSite: "lax", httpOnly: true });
  await continueWizard(user.id);
});

/** Start or resume Stripe onboarding, then leave for Stripe's hosted pages. */
export async function connectPayoutsAction(): Promise<void> {
  const user = await requirePageUser({ roles: ["creator"] });
  const { onboardingUrl } = await startStripeOnboarding(user.id);
  redirect(onboardingUrl);
}

export async function checkPayoutsAgainAction(): Promise<void> {
  const user = await requirePageUser({ roles: ["creator"] });
  await syncAccountFromStripe(user.id);
  await continueWizard(user.id);
}
