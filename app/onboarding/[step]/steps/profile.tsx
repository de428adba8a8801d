import { headers } from "next/headers";
import { env } from "@/lib/env";
import { regionFromAcceptLanguage, type Language } from "@/lib/i18n";
import type { Onboarding } from "@/lib/onboarding/wizard";
import { profileChoices } from "@/lib/onboarding/profile";
import { ProfileForm, type ProfileDefaults } from "./profile-form";

/** The profile form, in the wizard or on the profile settings page; the same action saves both. */
export async function ProfileStep({ language, onboarding, mode = "wizard" }: { language: Language; onboarding: Onboarding; mode?: "wizard" | "settings" }) {
  const { profile, session } = onboarding;
  const saved = session.profileCompletedAt !== null;
  const defaults: ProfileDefaults = {
    onlyfansHandle: profile.onlyfansHandle ?? "",
    country: saved ? (profile.country ?? "") : "",
    language: profile.language === "fr" ? "fr" : "en",
    timezone: saved ? profile.timezone : null,
    contentCategories: profile.contentCategories,
    declaredAudienceSize: profile.declaredAudienceSize?.toString() ?? "",
  };
  const { countries, timeZones } = profileChoices(language);
  return <ProfileForm mode={mode} email={onboarding.user.email} defaults={defaults} countries={countries} timeZones={timeZones} fallbackTimeZone={profile.timezone} requestRegion={regionFromAcceptLanguage((await headers()).get("accept-language"))} supportEmail={env().SUPPORT_EMAIL} />;
}
