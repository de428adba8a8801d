import Link from "next/link";
import { Alert } from "@/components/ui/alert";
import { TERMS_VERSION } from "@/lib/onboarding/terms";
import { pageUrl } from "@/lib/onboarding/wizard";
import { TermsForm } from "./terms-form";
import type { StepProps } from "./types";

export function TermsStep({ t, onboarding }: StepProps) {
  const accepted = onboarding.session.termsAcceptedAt;
  return (
    <div className="space-y-5">
      <p className="text-slate-700">{t("onboarding.terms.intro")}</p>
      <article aria-labelledby="terms-version" className="space-y-3 rounded-lg border border-slate-200 bg-slate-50 p-4 text-sm leading-6 text-slate-800">
        <p id="terms-version" className="font-semibold text-slate-900">
          {t("onboarding.terms.version", { version: TERMS_VERSION })}
        </p>
        {(t.raw("onboarding.terms.body") as string[]).map((paragraph) => (
          <p key={paragraph}>{paragraph}</p>
        ))}
      </article>
      <p className="text-sm">
        <a href="/terms" target="_blank" rel="noopener" className="font-medium text-brand-700 underline">
          {t("terms.openPrintable")}
        </a>
      </p>
      {accepted ? (
        <>
          <Alert tone="success">
            {t("onboarding.terms.acceptedOn", { date: accepted, version: onboarding.session.termsVersion ?? TERMS_VERSION })}
          </Alert>
          <Link href={pageUrl(onboarding.next)} className="block rounded-lg bg-brand-600 px-4 py-2.5 text-center font-semibold text-white hover:bg-brand-700">
            {t("verify.continue")}
          </Link>
        </>
      ) : (
        <TermsForm version={TERMS_VERSION} email={onboarding.user.email} />
      )}
    </div>
  );
}
