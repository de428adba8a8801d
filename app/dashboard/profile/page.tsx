import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { ProfileStep } from "@/app/onboarding/[step]/steps/profile";
import { pageOnboarding, requirePageUser } from "@/lib/auth/page-guard";
import { currentTranslations } from "@/lib/i18n/server";
import { dashboardOpen, resumeUrl } from "@/lib/onboarding/wizard";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await currentTranslations();
  return { title: t("onboarding.profile.settingsTitle") };
}

/** The profile as a settings page for creators past the wizard: saves, then back to the dashboard. */
export default async function ProfileSettingsPage() {
  const user = await requirePageUser({ returnTo: "/dashboard/profile" });
  if (user.role === "admin") redirect("/admin");
  const onboarding = await pageOnboarding();
  if (!dashboardOpen(onboarding)) redirect(resumeUrl(onboarding));
  const { t, language } = await currentTranslations();
  return (
    <div className="mx-auto w-full max-w-2xl px-4 py-8 sm:py-12">
      <div className="rounded-2xl border border-slate-200 bg-white p-6 shadow-sm sm:p-8">
        <h1 className="text-2xl font-bold tracking-tight text-slate-900">{t("onboarding.profile.settingsTitle")}</h1>
        <div className="mt-6">
          <ProfileStep language={language} onboarding={onboarding} mode="settings" />
        </div>
      </div>
    </div>
  );
}
