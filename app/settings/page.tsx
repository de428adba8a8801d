import type { Metadata } from "next";
import type { ReactNode } from "react";
import { FlashToast } from "@/components/flash-toast";
import { SubmitButton } from "@/components/ui/submit-button";
import { requirePageUser } from "@/lib/auth/page-guard";
import { describeUserAgent, recentSignIns } from "@/lib/auth/sign-ins";
import { emailLanguageOf } from "@/lib/auth/email-language";
import { db } from "@/lib/db";
import { INTL_LOCALES, LANGUAGE_NAMES, LANGUAGES, type MessageKey } from "@/lib/i18n";
import { currentTranslations } from "@/lib/i18n/server";
import { cancelEmailChangeAction, emailLanguageAction, signOutEverywhereAction } from "./actions";
import { ChangeEmailForm, ChangePasswordForm, DeleteAccountForm } from "./settings-forms";
import { DataTable } from "@/components/ui/data-table";
import { preferencesPath } from "@/lib/onboarding/email-preferences";
import Link from "next/link";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await currentTranslations();
  return { title: t("account.settings.title") };
}

function Section({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section aria-labelledby={id} className="rounded-2xl border border-slate-200 bg-white p-6 shadow-sm">
      <h2 id={id} className="text-lg font-semibold text-slate-900">
        {title}
      </h2>
      <div className="mt-4 space-y-4 text-sm text-slate-700">{children}</div>
    </section>
  );
}

/** The account's own settings, for creators and admins alike. */
export default async function SettingsPage() {
  const current = await requirePageUser({ returnTo: "/settings" });
  const { t, language } = await currentTranslations();
  const [user, signIns] = await Promise.all([
    db.user.findUniqueOrThrow({ where: { id: current.id }, select: { email: true, pendingEmail: true, emailLanguage: true, role: true, profile: { select: { language: true } } } }),
    recentSignIns(current.id),
  ]);
  const format = new Intl.DateTimeFormat(INTL_LOCALES[language], { dateStyle: "medium", timeStyle: "short" });

  return (
    <div className="mx-auto max-w-3xl space-y-6 px-4 py-10">
      <div>
        <h1 className="text-3xl font-bold tracking-tight text-slate-900">{t("account.settings.title")}</h1>
        <p className="mt-2 text-slate-700">{t("account.settings.intro")}</p>
      </div>

      <Section id="email-heading" title={t("account.settings.email")}>
        <p>{t("account.settings.currentEmail", { email: user.email })}</p>
        {user.pendingEmail && (
          <div className="flex flex-wrap items-center gap-3 rounded-lg border border-amber-300 bg-amber-50 px-4 py-3 text-amber-950" data-testid="pending-email">
            <span>{t("account.settings.pending", { email: user.pendingEmail })}</span>
            <form action={cancelEmailChangeAction}>
              <button type="submit" className="font-semibold underline">
                {t("account.settings.cancelPending")}
              </button>
            </form>
          </div>
        )}
        <ChangeEmailForm email={user.email} />
      </Section>

      {user.role === "creator" && (
        <Section id="email-preferences-heading" title={t("account.emailPreferences.title")}>
          <Link href={preferencesPath({ id: current.id, email: user.email })} className="font-semibold text-brand-700 underline">
            {t("account.emailPreferences.settingsLink")}
          </Link>
        </Section>
      )}

      <Section id="password-heading" title={t("account.settings.password")}>
        <ChangePasswordForm email={user.email} />
      </Section>

      <Section id="language-heading" title={t("account.settings.language")}>
        <form action={emailLanguageAction} className="flex flex-wrap items-end gap-3">
          <label className="flex flex-col text-sm font-medium text-slate-900">
            {t("account.settings.language")}
            <select name="language" defaultValue={emailLanguageOf(user)} className="mt-1 rounded-lg border border-slate-300 bg-white px-3 py-2">
              {LANGUAGES.map((option) => (
                <option key={option} value={option} lang={option}>
                  {LANGUAGE_NAMES[option]}
                </option>
              ))}
            </select>
          </label>
          <div className="w-40">
            <SubmitButton variant="secondary" pendingLabel={t("common.working")}>
              {t("account.settings.saveLanguage")}
            </SubmitButton>
          </div>
        </form>
      </Section>

      <Section id="sessions-heading" title={t("account.settings.sessions")}>
        <p>{t("account.settings.signOutEverywhereBody")}</p>
        <form action={signOutEverywhereAction} className="max-w-xs">
          <SubmitButton variant="secondary" pendingLabel={t("common.working")}>
            {t("account.settings.signOutEverywhere")}
          </SubmitButton>
        </form>
        <h3 className="pt-2 font-semibold text-slate-900">{t("account.settings.signIns")}</h3>
        {signIns.length === 0 ? (
          <p>{t("account.settings.noSignIns")}</p>
        ) : (
          <div className="overflow-x-auto" role="region" aria-label={t("account.settings.signIns")} tabIndex={0}>
            <DataTable
              density="compact"
              testId="sign-ins"
              rows={signIns}
              rowKey={(entry) => entry.at.toISOString() + entry.ip}
              columns={[
                { header: t("account.settings.when"), cell: (entry) => format.format(entry.at), className: "whitespace-nowrap" },
                { header: t("account.settings.how"), cell: (entry) => (t.has(`account.settings.methods.${entry.method}` as MessageKey) ? t(`account.settings.methods.${entry.method}` as MessageKey) : entry.method) },
                { header: t("account.settings.where"), cell: (entry) => entry.ip, className: "font-mono text-xs" },
                { header: t("account.settings.device"), cell: (entry) => describeUserAgent(entry.userAgent) ?? t("account.settings.unknownDevice") },
              ]}
            />
          </div>
        )}
      </Section>

      <Section id="data-heading" title={t("account.settings.data")}>
        <p>{t("account.settings.exportBody")}</p>
        {/* A file download from the API with this browser's session; no client code needed. */}
        <a href="/api/v1/me/export" download className="inline-block rounded-lg border border-slate-300 bg-white px-4 py-2.5 font-semibold text-slate-900 hover:bg-slate-100">
          {t("account.settings.export")}
        </a>
        <h3 className="pt-4 font-semibold text-slate-900">{t("account.settings.delete")}</h3>
        <p>{t("account.settings.deleteBody")}</p>
        {user.role === "creator" && (
          <p>
            {t("account.settings.deleteStripe")}{" "}
            <a href="https://connect.stripe.com/express_login" target="_blank" rel="noopener noreferrer" className="font-semibold text-brand-700 underline">
              {t("account.settings.stripeExpress")}
            </a>
          </p>
        )}
        <DeleteAccountForm />
      </Section>
      <FlashToast />
    </div>
  );
}
