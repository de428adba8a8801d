import type { Metadata } from "next";
import { Alert } from "@/components/ui/alert";
import { CardPage } from "@/components/ui/card-page";
import { requirePageUser } from "@/lib/auth/page-guard";
import { currentDictionary } from "@/lib/i18n/server";
import { ResendVerificationButton } from "./resend-button";

export const metadata: Metadata = { title: "Onboarding" };

export default async function OnboardingPage() {
  const user = await requirePageUser({ returnTo: "/onboarding" });
  const { t, language } = await currentDictionary();
  if (!user.emailVerified) {
    return (
      <CardPage title={t.register.checkInboxTitle} intro={t.register.checkInbox(user.email)}>
        <ResendVerificationButton language={language} />
      </CardPage>
    );
  }
  return (
    <CardPage title={t.verify.verifiedTitle}>
      <Alert tone="success">{t.verify.verifiedBody}</Alert>
    </CardPage>
  );
}
