import type { Language } from "@/lib/i18n";
import type { Onboarding } from "@/lib/onboarding/wizard";
import { supportedCountries } from "@/lib/stripe/platform";
import { ProfileForm, type ProfileDefaults } from "./profile-form";

/** The profile form, in the wizard or on the profile settings page; the same action saves both. */
export function ProfileStep({ language, onboarding, mode = "wizard" }: { language: Language; onboarding: Onboarding; mode?: "wizard" | "settings" }) {
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
  const names = new Intl.DisplayNames([language], { type: "region" });
  const countries = supportedCountries()
    .map((code) => ({ code, name: names.of(code) ?? code }))
    .sort((a, b) => a.name.localeCompare(b.name, language));
  return <ProfileForm mode={mode} email={onboarding.user.email} defaults={defaults} countries={countries} timeZones={Intl.supportedValuesOf("timeZone")} fallbackTimeZone={profile.timezone} />;
}
