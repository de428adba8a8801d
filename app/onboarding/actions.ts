"use server";

import { redirect } from "next/navigation";
import { z } from "zod";
import { requestVerificationEmail } from "@/lib/auth/verification";
import { formAction, guardedAction } from "@/lib/http/form-action";
import { redirectOnAppError } from "@/lib/http/page-errors";
import { INTL_LOCALES } from "@/lib/i18n";
import { rememberLanguage } from "@/lib/i18n/server";
import { setFlash } from "@/lib/http/flash";
import { startPayoutsOnboarding, syncPayouts } from "@/lib/onboarding/payouts";
import { ProfileInput, saveProfile } from "@/lib/onboarding/profile";
import { acceptTerms } from "@/lib/onboarding/terms";
import { DASHBOARD_URL, dashboardOpen, loadOnboarding, pageUrl, resumeUrl } from "@/lib/onboarding/wizard";

async function continueWizard(userId: string): Promise<never> {
  const onboarding = await loadOnboarding(userId);
  if (onboarding.next === "done") await setFlash({ tone: "success", key: "toasts.onboardingDone" });
  redirect(resumeUrl(onboarding));
}

const NoInput = z.object({});

export const resendMyVerificationAction = formAction(
  { schema: NoInput, auth: true, rateLimit: { name: "resend", email: (_input, user) => user?.email } },
  async (_input, { user, emailAllowed }) => {
    if (emailAllowed) await requestVerificationEmail({ userId: user.id });
    return { status: "success" };
  },
);

const TermsInput = z.object({
  accept: z.literal("on", { error: "terms_required" }),
  version: z.string().max(40),
});

export const acceptTermsAction = formAction({ schema: TermsInput, auth: { roles: ["creator"] } }, async (input, { user }) => {
  await acceptTerms(user.id, input.version);
  await continueWizard(user.id);
});

// The same form in the wizard and on the profile settings page (which returns to the dashboard).
const ProfileFormInput = ProfileInput.extend({ returnTo: z.enum(["dashboard"]).optional() });

export const saveProfileAction = formAction({ schema: ProfileFormInput, auth: { roles: ["creator"] } }, async ({ returnTo, ...input }, { user }) => {
  await saveProfile(user.id, input);
  await rememberLanguage(input.language);
  if (returnTo === "dashboard") {
    await setFlash({ tone: "success", key: "toasts.profileSaved" });
    redirect(DASHBOARD_URL);
  }
  await continueWizard(user.id);
});

/** Start or resume Stripe onboarding, then leave for Stripe's hosted pages. */
export const connectPayoutsAction = guardedAction({ schema: NoInput, auth: { roles: ["creator"] } }, async (_input, { user }) => {
  const { onboardingUrl } = await redirectOnAppError(() => startPayoutsOnboarding(user.id), "/onboarding/payouts");
  redirect(onboardingUrl);
});

const CheckInput = z.object({ from: z.enum(["dashboard", "payouts"]).default("payouts") });

/** "Check again": re-read Stripe now and say what it answered, on the page the creator was on. */
export const checkPayoutsAgainAction = guardedAction({ schema: CheckInput, auth: { roles: ["creator"] } }, async (input, { user, language }) => {
  await redirectOnAppError(() => syncPayouts(user.id), "/onboarding/payouts");
  const onboarding = await loadOnboarding(user.id);
  if (onboarding.payout.state === "active") {
    await setFlash({ tone: "success", key: "toasts.payoutsActive" });
    redirect(resumeUrl(onboarding));
  }
  const time = new Date().toLocaleTimeString(INTL_LOCALES[language], { hour: "2-digit", minute: "2-digit", timeZone: onboarding.profile.timezone });
  await setFlash({ tone: "info", key: "toasts.payoutsChecked", values: { time } });
  redirect(input.from === "dashboard" && dashboardOpen(onboarding) ? DASHBOARD_URL : pageUrl("payouts"));
});
