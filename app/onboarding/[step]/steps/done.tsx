import Link from "next/link";
import { languageName } from "@/lib/i18n";
import type { StepProps } from "./types";
import { formatTimeZone } from "@/lib/i18n/format";

export function DoneStep({ t, language, onboarding }: StepProps) {
  const { profile, user, payout } = onboarding;
  const categories = profile.contentCategories;
  const rows: Array<[string, string]> = [
    [t("onboarding.done.email"), user.email],
    [t("onboarding.done.handle"), profile.onlyfansHandle ? `@${profile.onlyfansHandle}` : "—"],
    [t("onboarding.done.language"), languageName(profile.language)],
    [t("onboarding.done.timezone"), formatTimeZone(profile.timezone, language)],
    [t("onboarding.done.categories"), categories.map((category) => t(`onboarding.categories.${category}`)).join(", ") || "—"],
  ];
  if (onboarding.flags.stripeConnect) rows.push([t("onboarding.done.payouts"), t(`payout.states.${payout.state}`)]);
  return (
    <div className="space-y-5">
      <p className="text-slate-700">{t("onboarding.done.intro")}</p>
      <dl className="divide-y divide-slate-200 rounded-lg border border-slate-200">
        {rows.map(([label, value]) => (
          <div key={label} className="grid grid-cols-3 gap-3 px-4 py-2.5 text-sm">
            <dt className="font-medium text-slate-700">{label}</dt>
            <dd className="col-span-2 text-slate-900">{value}</dd>
          </div>
        ))}
      </dl>
      <Link href="/dashboard" className="block rounded-lg bg-brand-600 px-4 py-2.5 text-center font-semibold text-white hover:bg-brand-700">
        {t("onboarding.done.toDashboard")}
      </Link>
    </div>
  );
}
