import type { Metadata } from "next";
import { FlashToast } from "@/components/flash-toast";
import { Alert } from "@/components/ui/alert";
import { SubmitButton } from "@/components/ui/submit-button";
import { currentTranslations } from "@/lib/i18n/server";
import { preferencesFor } from "@/lib/onboarding/email-preferences";
import { savePreferencesAction } from "./actions";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await currentTranslations();
  return { title: t("account.emailPreferences.title"), robots: { index: false } };
}

/** What marketing mail an address gets, opened from the link in any such email (no sign-in needed). */
export default async function EmailPreferencesPage({ searchParams }: { searchParams: Promise<{ token?: string | string[] }> }) {
  const { t } = await currentTranslations();
  const { token } = await searchParams;
  const preferences = typeof token === "string" ? await preferencesFor(token) : null;
  return (
    <div className="mx-auto max-w-xl space-y-6 px-4 py-10">
      <h1 className="text-3xl font-bold tracking-tight text-slate-900">{t("account.emailPreferences.title")}</h1>
      {!preferences ? (
        <Alert tone="error">{t("account.emailPreferences.invalid")}</Alert>
      ) : (
        <form action={savePreferencesAction} className="space-y-5 rounded-2xl border border-slate-200 bg-white p-6 shadow-sm">
          <input type="hidden" name="token" value={token} />
          <p className="text-sm text-slate-700">{t("account.emailPreferences.intro", { email: preferences.email })}</p>
          <fieldset className="space-y-3">
            <legend className="text-sm font-semibold text-slate-900">{t("account.emailPreferences.legend")}</legend>
            <label className="flex items-start gap-3 text-sm text-slate-800">
              <input type="checkbox" name="nudgeEmails" defaultChecked={preferences.nudgeEmails} className="mt-1 size-4" />
              <span>{t("account.emailPreferences.nudges")}</span>
            </label>
            <label className="flex items-start gap-3 text-sm text-slate-800">
              <input type="checkbox" name="deadlineEmails" defaultChecked={preferences.deadlineEmails} className="mt-1 size-4" />
              <span>{t("account.emailPreferences.deadlines")}</span>
            </label>
          </fieldset>
          <p className="text-sm text-slate-600">{t("account.emailPreferences.transactional")}</p>
          <div className="flex flex-wrap gap-3">
            <div className="w-40">
              <SubmitButton pendingLabel={t("common.working")}>{t("account.emailPreferences.save")}</SubmitButton>
            </div>
            <button type="submit" name="none" value="1" className="rounded-lg px-4 py-2.5 text-sm font-semibold text-brand-700 underline">
              {t("account.emailPreferences.unsubscribeAll")}
            </button>
          </div>
        </form>
      )}
      <FlashToast />
    </div>
  );
}
