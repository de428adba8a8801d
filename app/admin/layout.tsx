import type { Metadata } from "next";
import Link from "next/link";
import { NextIntlClientProvider } from "next-intl";
import type { ReactNode } from "react";
import { requirePageUser } from "@/lib/auth/page-guard";
import { clientMessages, DISPLAY_TIME_ZONE } from "@/lib/i18n";
import { currentTranslations } from "@/lib/i18n/server";

export const metadata: Metadata = { title: { default: "Admin", template: "%s · Admin · OFM Onboarding" }, robots: { index: false } };

// The role check is here, on the server, for every admin page (actions check again themselves).
export default async function AdminLayout({ children }: { children: ReactNode }) {
  await requirePageUser({ roles: ["admin"], returnTo: "/admin" });
  const { t, language } = await currentTranslations();
  const sections = [
    { href: "/admin", label: t("admin.nav.creators") },
    { href: "/admin/funnel", label: t("admin.nav.funnel") },
    { href: "/admin/team", label: t("admin.nav.team") },
    { href: "/admin/system", label: t("admin.nav.system") },
  ];
  return (
    <div className="mx-auto max-w-6xl px-4 py-8">
      <nav aria-label={t("admin.nav.label")} className="mb-6 flex gap-1 border-b border-slate-200">
        {sections.map((section) => (
          <Link key={section.href} href={section.href} className="rounded-t-md px-4 py-2 text-sm font-semibold text-slate-700 hover:bg-slate-100">
            {section.label}
          </Link>
        ))}
      </nav>
      {/* The admin's client components (filters, selection, dialogs) read the admin catalogue. */}
      <NextIntlClientProvider locale={language} messages={clientMessages(language, ["admin"])} timeZone={DISPLAY_TIME_ZONE}>
        {children}
      </NextIntlClientProvider>
    </div>
  );
}
