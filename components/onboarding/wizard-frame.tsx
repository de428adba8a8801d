import Link from "next/link";
import type { ReactNode } from "react";
import { StepHeading } from "@/components/onboarding/step-heading";
import type { Translator } from "@/lib/i18n";
import type { WizardPage } from "@/lib/onboarding/machine";

interface WizardFrameProps {
  t: Translator;
  page: WizardPage;
  pages: WizardPage[];
  reachable: WizardPage[];
  next: WizardPage;
  children: ReactNode;
}

/** The steps a creator counts: every wizard page but the arrival ("All set", not a step of its own). */
function countedSteps(pages: WizardPage[]): WizardPage[] {
  return pages.filter((candidate) => candidate !== "done");
}

export function stepTitle(t: Translator, page: WizardPage, pages: WizardPage[]): string {
  const steps = countedSteps(pages);
  if (!steps.includes(page)) return t(`onboarding.pages.${page}`);
  return t("onboarding.stepTitle", { number: steps.indexOf(page) + 1, total: steps.length, name: t(`onboarding.pages.${page}`) });
}

export function WizardFrame({ t, page, pages: allPages, reachable, next, children }: WizardFrameProps) {
  const pages = countedSteps(allPages);
  // Every step before the next one is done; with nothing next, all of them.
  const nextIndex = next === "done" ? pages.length : pages.indexOf(next);
  const position = pages.indexOf(page) + 1;
  return (
    <div className="mx-auto w-full max-w-2xl px-4 py-8 sm:py-12">
      {/* Phones: one line and a bar. The full list below is for wider screens. */}
      <div className="sm:hidden" data-testid="compact-tracker">
        {/* The heading says the step number to screen readers; this line is for the eye. */}
        <p aria-hidden className="text-sm font-semibold text-slate-800">{t("onboarding.stepOf", { number: position, total: pages.length })}</p>
        <div className="mt-2 h-2 rounded-full bg-slate-200" role="progressbar" aria-label={t("onboarding.progressLabel")} aria-valuemin={0} aria-valuemax={pages.length} aria-valuenow={nextIndex}>
          <div className="h-2 rounded-full bg-brand-600" style={{ width: `${(nextIndex / pages.length) * 100}%` }} />
        </div>
      </div>
      <nav aria-label={t("onboarding.progressLabel")} className="hidden sm:block">
        <ol className="flex gap-x-1 text-sm">
          {pages.map((candidate, index) => {
            // What the machine says is done: every step before the next one.
            const done = index < nextIndex;
            const current = candidate === page;
            const label = t(`onboarding.pages.${candidate}`);
            const badge = (
              <span
                aria-hidden
                className={`grid h-6 w-6 shrink-0 place-items-center rounded-full text-xs font-bold ${
                  current ? "bg-brand-600 text-white" : done ? "bg-emerald-600 text-white" : "bg-slate-200 text-slate-700"
                }`}
              >
                {done && !current ? "✓" : index + 1}
              </span>
            );
            return (
              <li key={candidate} aria-current={current ? "step" : undefined} className="flex items-center">
                {reachable.includes(candidate) && !current ? (
                  <Link href={`/onboarding/${candidate}`} className="flex items-center gap-1.5 rounded-full px-2 py-1 text-slate-700 hover:bg-slate-100">
                    {badge}
                    <span>{label}</span>
                    {done && <span className="sr-only">({t("onboarding.stepDone")})</span>}
                  </Link>
                ) : (
                  <span className={`flex items-center gap-1.5 rounded-full px-2 py-1 ${current ? "bg-brand-50 font-semibold text-brand-900" : "text-slate-600"}`}>
                    {badge}
                    <span>{label}</span>
                    {current && <span className="sr-only">({t("onboarding.stepCurrent")})</span>}
                  </span>
                )}
              </li>
            );
          })}
        </ol>
      </nav>
      <div className="mt-6 rounded-2xl border border-slate-200 bg-white p-6 shadow-sm sm:p-8">
        <StepHeading>{stepTitle(t, page, pages)}</StepHeading>
        <div className="mt-4">{children}</div>
      </div>
    </div>
  );
}
