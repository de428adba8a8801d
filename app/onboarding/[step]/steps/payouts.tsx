import Link from "next/link";
import { AutoRefresh } from "@/components/auto-refresh";
import { PayoutStatus } from "@/components/onboarding/payout-status";
import { RefreshOnReturn } from "@/components/onboarding/refresh-on-return";
import { Alert } from "@/components/ui/alert";
import { checkPayoutsAgainAction, connectPayoutsAction } from "@/app/onboarding/actions";
import { env } from "@/lib/env";
import { translateError } from "@/lib/i18n";
import { DASHBOARD_URL, dashboardOpen } from "@/lib/onboarding/wizard";
import type { StepProps } from "./types";

export function PayoutsStep({ t, language, onboarding, notice }: StepProps) {
  const waiting = onboarding.payout.state === "verifying" || onboarding.payout.state === "under_review";
  const toDashboard = (
    <Link href={DASHBOARD_URL} className="block rounded-lg bg-brand-600 px-4 py-2.5 text-center font-semibold text-white hover:bg-brand-700">
      {t("payout.goToDashboard")}
    </Link>
  );
  return (
    <div className="space-y-5">
      {waiting && <RefreshOnReturn />}
      {waiting && <AutoRefresh intervalMs={30_000} />}
      {notice?.error && <Alert tone="error">{translateError(notice.error, language)}</Alert>}
      <PayoutStatus
        t={t}
        language={language}
        timeZone={onboarding.profile.timezone}
        payout={onboarding.payout}
        supportEmail={env().SUPPORT_EMAIL}
        startAction={connectPayoutsAction}
        checkAction={checkPayoutsAgainAction}
        checkFrom="payouts"
        whileWaiting={
          dashboardOpen(onboarding) && (
            <div className="space-y-2">
              <p className="text-sm text-slate-700">{t("payout.waitOnDashboard")}</p>
              {toDashboard}
            </div>
          )
        }
        whenActive={toDashboard}
      />
    </div>
  );
}
