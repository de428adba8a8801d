import type { Metadata } from "next";
import { notFound, redirect } from "next/navigation";
import { z } from "zod";
import { FlashToast } from "@/components/flash-toast";
import { stepTitle, WizardFrame } from "@/components/onboarding/wizard-frame";
import { pageOnboarding, requirePageUser } from "@/lib/auth/page-guard";
import { currentTranslations } from "@/lib/i18n/server";
import { deliveryProblem } from "@/lib/email/delivery-events";
import { WIZARD_PAGES, type WizardPage } from "@/lib/onboarding/machine";
import { dashboardOpen, pageUrl } from "@/lib/onboarding/wizard";
import { DoneStep } from "./steps/done";
import { PayoutsStep } from "./steps/payouts";
import { ProfileStep } from "./steps/profile";
import { TermsStep } from "./steps/terms";
import { VerifyEmailStep } from "./steps/verify-email";

export const dynamic = "force-dynamic";

type Params = { params: Promise<{ step: string }> };

const NoticeQuery = z.object({ error: z.string().regex(/^[a-z_]{1,60}$/).optional().catch(undefined) });

function asWizardPage(step: string): WizardPage {
  if (!(WIZARD_PAGES as readonly string[]).includes(step)) notFound();
  return step as WizardPage;
}

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const page = asWizardPage((await params).step);
  const { t } = await currentTranslations();
  await requirePageUser();
  const { pages } = await pageOnboarding();
  return { title: pages.includes(page) ? stepTitle(t, page, pages) : t(`onboarding.pages.${page}`) };
}

export default async function OnboardingStepPage({ params, searchParams }: Params & { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const page = asWizardPage((await params).step);
  const user = await requirePageUser({ returnTo: `/onboarding/${page}` });
  if (user.role === "admin") redirect("/admin");
  const onboarding = await pageOnboarding();
  // Steps turned off by a flag, and steps ahead of the creator, lead to the first unfinished one.
  if (!onboarding.reachable.includes(page)) redirect(pageUrl(onboarding.next));
  // Past the wizard, the profile is edited as a settings page that returns to the dashboard.
  if (page === "profile" && dashboardOpen(onboarding)) redirect("/dashboard/profile");
  const { t, language } = await currentTranslations();
  const query = NoticeQuery.parse(await searchParams);
  const undeliverable = page === "verify-email" ? await deliveryProblem(onboarding.user.email) : null;

  const steps: Record<WizardPage, () => React.ReactNode> = {
    "verify-email": () => <VerifyEmailStep t={t} language={language} onboarding={onboarding} deliveryProblem={undeliverable} />,
    terms: () => <TermsStep t={t} language={language} onboarding={onboarding} />,
    profile: () => <ProfileStep language={language} onboarding={onboarding} />,
    payouts: () => <PayoutsStep t={t} language={language} onboarding={onboarding} notice={{ error: query.error }} />,
    done: () => <DoneStep t={t} language={language} onboarding={onboarding} />,
  };
  return (
    <WizardFrame t={t} page={page} pages={onboarding.pages} reachable={onboarding.reachable} next={onboarding.next}>
      {steps[page]()}
      <FlashToast />
    </WizardFrame>
  );
}
