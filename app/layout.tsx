import type { Metadata } from "next";
import type { ReactNode } from "react";
import { switchLanguage } from "@/app/actions/language";
import { SiteHeader } from "@/components/site-header";
import { optionalPageUser } from "@/lib/auth/page-guard";
import { env } from "@/lib/env";
import { NextIntlClientProvider } from "next-intl";
import { clientMessages, DISPLAY_TIME_ZONE } from "@/lib/i18n";
import { currentTranslations } from "@/lib/i18n/server";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "OFM Onboarding", template: "%s · OFM Onboarding" },
  description: "Creator onboarding for creator-management agencies: sign-up, verification, profile and Stripe payouts.",
};

export default async function RootLayout({ children }: { children: ReactNode }) {
  const { language, t } = await currentTranslations();
  const user = await optionalPageUser().catch(() => null);
  return (
    <html lang={language}>
      <body className="min-h-screen font-sans">
        <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:left-4 focus:top-4 focus:rounded focus:bg-white focus:px-3 focus:py-2">
          {t("common.skipToContent")}
        </a>
        <SiteHeader t={t} language={language} signedInAs={user} switchLanguage={switchLanguage} sandbox={env().sandboxInProduction} />
        <main id="main">
          <NextIntlClientProvider locale={language} messages={clientMessages(language)} timeZone={DISPLAY_TIME_ZONE}>
            {children}
          </NextIntlClientProvider>
        </main>
      </body>
    </html>
  );
}
