import type { Metadata } from "next";
import { AdminNav } from "@/components/admin/admin-nav";
import { NextIntlClientProvider } from "next-intl";
import type { ReactNode } from "react";
import { requirePageUser } from "@/lib/auth/page-guard";
import { clientMessages } from "@/lib/i18n";
import { currentTranslations, viewerTimeZone } from "@/lib/i18n/server";
import { TimeZoneReporter } from "@/components/time-zone-reporter";

export const metadata: Metadata = { title: { default: "Admin", template: "%s · Admin · OFM Onboarding" }, robots: { index: false } };

// The role check is here, on the server, for every admin page (actions check again themselves).
export default async function AdminLayout({ children }: { children: ReactNode }) {
  await requirePageUser({ roles: ["admin"], returnTo: "/admin" });
  const { t, language } = await currentTranslations();
  const timeZone = await viewerTimeZone();
  const sections = [
    { href: "/admin", label: t("admin.nav.creators") },
    { href: "/admin/funnel", label: t("admin.nav.funnel") },
    { href: "/admin/team", label: t("admin.nav.team") },
    { href: "/admin/system", label: t("admin.nav.system") },
  ];
  return (
    <div className="mx-auto max-w-6xl px-4 py-8">
      <TimeZoneReporter known={timeZone} />
      <AdminNav label={t("admin.nav.label")} sections={sections} />
      {/* The admin's client components (filters, selection, dialogs) read the admin catalogue. */}
      <NextIntlClientProvider locale={language} messages={clientMessages(language, ["admin"])} timeZone={timeZone}>
        {children}
      </NextIntlClientProvider>
    </div>
  );
}
