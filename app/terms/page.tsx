import type { Metadata } from "next";
import { PrintButton } from "@/components/print-button";
import { currentTranslations } from "@/lib/i18n/server";
import { TERMS_VERSION } from "@/lib/onboarding/terms";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await currentTranslations();
  return { title: t("terms.title") };
}

/** The agreement on its own page, laid out for printing or saving as a PDF from the browser. */
export default async function TermsPage() {
  const { t } = await currentTranslations();
  return (
    <article className="mx-auto max-w-2xl px-4 py-10 print:max-w-none print:p-0">
      <div className="flex flex-wrap items-start justify-between gap-3">
        <div>
          <h1 className="text-2xl font-bold tracking-tight text-slate-900">{t("terms.title")}</h1>
          <p className="mt-1 text-sm text-slate-600">{t("onboarding.terms.version", { version: TERMS_VERSION })}</p>
        </div>
        <PrintButton label={t("terms.print")} />
      </div>
      <div className="mt-6 space-y-4 leading-7 text-slate-800">
        {(t.raw("onboarding.terms.body") as string[]).map((paragraph) => (
          <p key={paragraph}>{paragraph}</p>
        ))}
      </div>
    </article>
  );
}
