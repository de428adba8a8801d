import Link from "next/link";
import { LogoMark } from "@/components/brand/logo";
import { HeaderMenu } from "@/components/header-menu";
import { SignOutButton } from "@/components/sign-out-button";
import { LANGUAGES, type Translator, type Language } from "@/lib/i18n";

interface SiteHeaderProps {
  t: Translator;
  language: Language;
  signedInAs?: { email: string; role: string } | null;
  switchLanguage: (formData: FormData) => Promise<void>;
  /** The sandbox runs on a production build: nothing here is real, and every page says so. */
  sandbox: boolean;
}

const LANGUAGE_LABELS: Record<Language, string> = { en: "EN", fr: "FR" };

export function SiteHeader({ t, language, signedInAs, switchLanguage, sandbox }: SiteHeaderProps) {
  const link = "rounded-md px-3 py-2 font-medium text-slate-700 hover:bg-slate-100";
  return (
    <header className="border-b border-slate-200 bg-white print:hidden">
      {/* Inside the banner landmark, so that every part of the page belongs to one. */}
      {sandbox && (
        <p className="bg-amber-300 px-4 py-1 text-center text-xs font-semibold text-amber-950 sm:py-2 sm:text-sm">
          <span className="sm:hidden">{t("common.sandboxBannerShort")}</span>
          <span className="hidden sm:inline">{t("common.sandboxBanner")}</span>
        </p>
      )}
      <div className="relative mx-auto flex max-w-5xl items-center justify-between gap-2 px-4 py-2 sm:py-3">
        <Link href="/" className="flex items-center gap-2 font-semibold text-slate-900">
          <LogoMark />
          <span className="sr-only sm:not-sr-only">{t("common.brand")}</span>
        </Link>
        <div className="flex items-center gap-1 text-sm">
          <form action={switchLanguage} aria-label={t("common.language")} className="flex items-center rounded-md border border-slate-200 p-0.5">
            {LANGUAGES.map((option) => (
              <button
                key={option}
                type="submit"
                name="language"
                value={option}
                aria-pressed={option === language}
                lang={option}
                className={`rounded px-2 py-1 text-xs font-semibold ${option === language ? "bg-slate-900 text-white" : "text-slate-700 hover:bg-slate-100"}`}
              >
                {LANGUAGE_LABELS[option]}
              </button>
            ))}
          </form>
          <nav aria-label={t("common.accountMenu")} className="flex items-center gap-1">
            {signedInAs ? (
              <HeaderMenu label={t("common.menu")}>
                <span className="hidden px-2 text-slate-600 sm:inline">{signedInAs.email}</span>
                {/* Home, from anywhere: the admin, or the creator's next step (or dashboard, once it is open). */}
                <Link href={signedInAs.role === "admin" ? "/admin" : "/onboarding"} className={link} data-testid="header-home">
                  {signedInAs.role === "admin" ? t("common.homeAdmin") : t("common.homeCreator")}
                </Link>
                <Link href="/settings" className={link}>
                  {t("account.settings.link")}
                </Link>
                <SignOutButton label={t("common.signOut")} pendingLabel={t("common.working")} />
              </HeaderMenu>
            ) : (
              <>
                <Link href="/login" className="rounded-md px-2 py-1.5 font-medium text-slate-700 hover:bg-slate-100 sm:px-3 sm:py-2">
                  {t("common.signIn")}
                </Link>
                <Link href="/register" className="rounded-md bg-brand-600 px-2 py-1.5 font-medium text-white hover:bg-brand-700 sm:px-3 sm:py-2">
                  {t("common.createAccount")}
                </Link>
              </>
            )}
          </nav>
        </div>
      </div>
    </header>
  );
}
