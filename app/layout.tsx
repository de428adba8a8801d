import type { Metadata } from "next";
import { headers } from "next/headers";
import type { ReactNode } from "react";
import { switchLanguage } from "@/app/actions/language";
import { SiteHeader } from "@/components/site-header";
import { currentUser } from "@/lib/auth/current-user";
import { currentDictionary } from "@/lib/i18n/server";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "OFM Onboarding", template: "%s · OFM Onboarding" },
  description: "Creator onboarding for creator-management agencies: sign-up, verification, profile and Stripe payouts.",
};

export default async function RootLayout({ children }: { children: ReactNode }) {
  const { language, t } = await currentDictionary();
  const user = await currentUser(await headers()).catch(() => null);
  return (
    <html lang={language}>
      <body className="min-h-screen font-sans">
        <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:left-4 focus:top-4 focus:rounded focus:bg-white focus:px-3 focus:py-2">
          {t.common.skipToContent}
        </a>
        <SiteHeader t={t} language={language} signedInAs={user} switchLanguage={switchLanguage} />
        <main id="main">{children}</main>
      </body>
    </html>
  );
}
