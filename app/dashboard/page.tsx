import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { AutomationResults } from "@/components/automation-results";
import { AutoRefresh } from "@/components/auto-refresh";
import { FlashToast } from "@/components/flash-toast";
import { PayoutStatus } from "@/components/onboarding/payout-status";
import { checkPayoutsAgainAction, connectPayoutsAction } from "@/app/onboarding/actions";
import { env } from "@/lib/env";
import { pageOnboarding, requirePageUser } from "@/lib/auth/page-guard";
import { automationSummary } from "@/lib/automation/results";
import { languageName } from "@/lib/i18n";
import { currentTranslations } from "@/lib/i18n/server";
import { dashboardOpen, resumeUrl } from "@/lib/onboarding/wizard";
import { formatTimeZone } from "@/lib/i18n/format";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await currentTranslations();
  return { title: t("dashboard.title") };
}

export default async function DashboardPage() {
  const user = await requirePageUser({ returnTo: "/dashboard" });
  if (user.role === "admin") redirect("/admin");
  const onboarding = await pageOnboarding();
  if (!dashboardOpen(onboarding)) redirect(resumeUrl(onboarding));
  const { t, language } = await currentTranslations();
  const { profile, payout } = onboarding;
  const automation = await automationSummary(user.id);
  const categories = profile.contentCategories;
  const waitingForStripe = onboarding.next !== "done";

  return (
    <div className="mx-auto max-w-4xl px-4 py-10">
      <h1 className="text-3xl font-bold tracking-tight text-slate-900">{t("dashboard.title")}</h1>
      {/* While Stripe verifies, the payouts card says what it does and when we write: said once, there. */}
      <p className="mt-2 text-slate-700">{waitingForStripe ? t("dashboard.waitingBody") : t("dashboard.intro")}</p>
      <div className="mt-8 grid gap-6 md:grid-cols-2">
        <section aria-labelledby="profile-heading" className="rounded-2xl border border-slate-200 bg-white p-6 shadow-sm">
          <div className="flex items-center justify-between">
            <h2 id="profile-heading" className="text-lg font-semibold text-slate-900">
              {t("dashboard.profile")}
            </h2>
            <Link href="/dashboard/profile" className="text-sm font-medium text-brand-700 underline">
              {t("dashboard.edit")}
            </Link>
          </div>
          <dl className="mt-4 space-y-2 text-sm">
            <div className="flex justify-between gap-3">
              <dt className="text-slate-600">{t("onboarding.done.handle")}</dt>
              <dd className="font-medium text-slate-900">{profile.onlyfansHandle ? `@${profile.onlyfansHandle}` : "—"}</dd>
            </div>
            <div className="flex justify-between gap-3">
              <dt className="text-slate-600">{t("onboarding.done.language")}</dt>
              <dd className="font-medium text-slate-900">{languageName(profile.language)}</dd>
            </div>
            <div className="flex justify-between gap-3">
              <dt className="text-slate-600">{t("onboarding.done.timezone")}</dt>
              <dd className="font-medium text-slate-900">{formatTimeZone(profile.timezone, language)}</dd>
            </div>
            <div className="flex justify-between gap-3">
              <dt className="text-slate-600">{t("onboarding.done.categories")}</dt>
              <dd className="text-right font-medium text-slate-900">{categories.map((category) => t(`onboarding.categories.${category}`)).join(", ") || "—"}</dd>
            </div>
          </dl>
        </section>
        {onboarding.flags.stripeConnect && (
          <section aria-labelledby="payouts-heading" className="rounded-2xl border border-slate-200 bg-white p-6 shadow-sm">
            <h2 id="payouts-heading" className="mb-4 text-lg font-semibold text-slate-900">
              {t("dashboard.payouts")}
            </h2>
            <PayoutStatus t={t} language={language} timeZone={profile.timezone} payout={payout} supportEmail={env().SUPPORT_EMAIL} startAction={connectPayoutsAction} checkAction={checkPayoutsAgainAction} checkFrom="dashboard" />
            {profile.stripeOnboardingCompleted && payout.state !== "disconnected" && (
              // A route handler that redirects to Stripe: a full page load, never a prefetch
              // (each visit makes a single-use login link).
              // eslint-disable-next-line @next/next/no-html-link-for-pages
              <a href="/onboarding/stripe/dashboard" className="mt-4 block text-sm font-medium text-brand-700 underline">
                {t("dashboard.stripeDashboard")}
              </a>
            )}
          </section>
        )}
        <AutomationResults
          t={t}
          language={language}
          summary={automation}
          values={{ accountSize: profile.accountSize, pricingTier: profile.pricingTier, categories }}
        />
      </div>
      {automation.state === "analysing" && <AutoRefresh intervalMs={10_000} />}
      {waitingForStripe && <AutoRefresh intervalMs={30_000} />}
      <FlashToast />
    </div>
  );
}
