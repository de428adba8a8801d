import { explainReason } from "@/lib/automation/explain";
import type { AutomationSummary } from "@/lib/automation/results";
import { type Language, type MessageKey, type Translator } from "@/lib/i18n";
import { formatMoney } from "@/lib/i18n/format";

interface AutomationResultsProps {
  t: Translator;
  language: Language;
  summary: AutomationSummary;
  values: { accountSize: string | null; pricingTier: string | null; categories: string[] };
}

const STATUS_STYLE: Record<string, string> = {
  succeeded: "bg-emerald-100 text-emerald-900",
  failed: "bg-red-100 text-red-900",
  running: "bg-amber-100 text-amber-900",
  pending: "bg-amber-100 text-amber-900",
  waiting: "bg-slate-100 text-slate-700",
  skipped: "bg-slate-100 text-slate-700",
};

export function AutomationResults({ t, language, summary, values }: AutomationResultsProps) {
  const money = (amount: number, currency: string) => formatMoney(amount, currency, language);
  const valueOf: Record<string, string | null> = {
    account_size: values.accountSize ? t(`dashboard.automation.sizes.${values.accountSize}` as MessageKey) : null,
    pricing_tier: values.pricingTier ? t(`dashboard.automation.tiers.${values.pricingTier}` as MessageKey) : null,
    content_categories: values.categories.length ? values.categories.map((category) => t(`onboarding.categories.${category}` as MessageKey)).join(", ") : null,
  };
  return (
    <section aria-labelledby="automation-heading" className="rounded-2xl border border-slate-200 bg-white p-6 shadow-sm md:col-span-2">
      <h2 id="automation-heading" className="text-lg font-semibold text-slate-900">
        {t("dashboard.automation.title")}
      </h2>
      <p data-testid="automation-state" className="mt-2 text-slate-700">
        {t(`dashboard.automation.states.${summary.state}`)}
      </p>
      {summary.state !== "disabled" && summary.state !== "waiting_for_payouts" && (
        <ul className="mt-4 divide-y divide-slate-200">
          {summary.steps.map((step) => (
            <li key={step.step} className="py-3">
              <div className="flex flex-wrap items-center justify-between gap-2">
                <span className="font-medium text-slate-900">{t(`dashboard.automation.steps.${step.step}`)}</span>
                <span className="flex items-center gap-2">
                  {step.status === "succeeded" && valueOf[step.step] && <span className="font-semibold text-slate-900">{valueOf[step.step]}</span>}
                  <span className={`rounded-full px-2.5 py-0.5 text-xs font-semibold ${STATUS_STYLE[step.status]}`}>{t(`dashboard.automation.status.${step.status}`)}</span>
                </span>
              </div>
              {step.step === "pricing_tier" && step.status === "succeeded" && summary.price && (
                <p className="mt-1 text-sm text-slate-700">{t("dashboard.automation.priceRange", { range: `${money(summary.price.min, summary.price.currency)} – ${money(summary.price.max, summary.price.currency)}` })}</p>
              )}
              {step.reasons.length > 0 && (
                <details className="mt-1 text-sm text-slate-600">
                  <summary className="cursor-pointer">{t("dashboard.automation.why")}</summary>
                  <ul className="mt-1 list-disc pl-5">
                    {step.reasons.map((reason) => explainReason(reason, t, language)).map((sentence) => (
                      <li key={sentence}>{sentence}</li>
                    ))}
                  </ul>
                </details>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
