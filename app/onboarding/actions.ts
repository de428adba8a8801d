"use server";

import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { z } from "zod";
import { requestVerificationEmail } from "@/lib/auth/verification";
import { AppError } from "@/lib/http/errors";
import { formAction, guardedAction } from "@/lib/http/form-action";
import { redirectOnAppError } from "@/lib/http/page-errors";
import { LANGUAGE_COOKIE } from "@/lib/i18n";
import { startPayoutsOnboarding, syncPayouts } from "@/lib/onboarding/payouts";
import { ProfileInput, saveProfile } from "@/lib/onboarding/profile";
import { acceptTerms, TERMS_VERSION } from "@/lib/onboarding/terms";
import { loadOnboarding, pageUrl } from "@/lib/onboarding/wizard";

async function continueWizard(userId: string): Promise<never> {
  redirect(pageUrl((await loadOnboarding(userId)).next));
}

const NoInput = z.object({});

export const resendMyVerificationAction = formAction(
  { schema: NoInput, auth: true, rateLimit: { name: "resend", email: (_input, user) => user?.email } },
  async (_input, { user }) => {
    await requestVerificationEmail({ userId: user.id });
    return { status: "success" };
  },
);

const TermsInput = z.object({
  accept: z.literal("on", { error: "terms_required" }),
  version: z.string().max(40),
});

export const acceptTermsAction = formAction({ schema: TermsInput, auth: { roles: ["creator"] } }, async (input, { user }) => {
  // The creator accepts the text they were shown; if it changed meanwhile, they must re-read it.
  if (input.version !== TERMS_VERSION) throw new AppError("validation_failed", 409, "The terms have changed since you opened this page. Please read them again.");
  await acceptTerms(user.id, TERMS_VERSION);
  await continueWizard(user.id);
});

export const saveProfileAction = formAction({ schema: ProfileInput, auth: { roles: ["creator"] } }, async (input, { user }) => {
  await saveProfile(user.id, input);
  (await cookies()).set(LANGUAGE_COOKIE, input.language, { path: "/", maxAge: 365 * 24 * 3600, sameSite: "lax", httpOnly: true });
  await continueWizard(user.id);
});

/** Start or resume Stripe onboarding, then leave for Stripe's hosted pages. */
export const connectPayoutsAction = guardedAction({ schema: NoInput, auth: { roles: ["creator"] } }, async (_input, { user }) => {
  const { onboardingUrl } = await redirectOnAppError(() => startPayoutsOnboarding(user.id), "/onboarding/payouts");
  redirect(onboardingUrl);
});

export const checkPayoutsAgainAction = guardedAction({ schema: NoInput, auth: { roles: ["creator"] } }, async (_input, { user }) => {
  await redirectOnAppError(() => syncPayouts(user.id), "/onboarding/payouts");
  redirect(`${pageUrl((await loadOnboarding(user.id)).next)}?checked=1`);
});
