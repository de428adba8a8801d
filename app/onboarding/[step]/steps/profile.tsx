import { supportedCountries } from "@/lib/stripe/platform";
import { ProfileForm, type ProfileDefaults } from "./profile-form";
import type { StepProps } from "./types";

export function ProfileStep({ language, onboarding }: Omit<StepProps, "t">) {
  const { profile, session } = onboarding;
  const defaults: ProfileDefaults = {
    onlyfansHandle: profile.onlyfansHandle ?? "",
    country: profile.country ?? "",
    language: profile.language === "fr" ? "fr" : "en",
    // Until the creator saves a zone, the form proposes the browser's own.
    timezone: session.profileCompletedAt ? profile.timezone : null,
    contentCategories: profile.contentCategories,
    declaredAudienceSize: profile.declaredAudienceSize?.toString() ?? "",
  };
  const names = new Intl.DisplayNames([language], { type: "region" });
  const countries = supportedCountries().map((code) => ({ code, name: names.of(code) ?? code })).sort((a, b) => a.name.localeCompare(b.name, language));
  return <ProfileForm language={language} defaults={defaults} countries={countries} timeZones={Intl.supportedValuesOf("timeZone")} fallbackTimeZone={profile.timezone} />;
}
