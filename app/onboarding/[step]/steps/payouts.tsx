import Link from "next/link";
import { PayoutStatus } from "@/components/onboarding/payout-status";
import { RefreshOnReturn } from "@/components/onboarding/refresh-on-return";
import { Alert } from "@/components/ui/alert";
import { checkPayoutsAgainAction, connectPayoutsAction } from "@/app/onboarding/actions";
import { env } from "@/lib/env";
import { translateError } from "@/lib/i18n";
import { pageUrl } from "@/lib/onboarding/wizard";
import type { StepProps } from "./types";

export function PayoutsStep({ t, language, onboarding, notice }: StepProps) {
  const waiting = onboarding.payout.state === "verifying" || onboarding.payout.state === "under_review";
  return (
    <div className="space-y-5">
      {waiting && <RefreshOnReturn />}
      {notice?.error && <Alert tone="error">{translateError(notice.error, language)}</Alert>}
      {notice?.checked && waiting && <Alert tone="info">{t("payout.checkedNoChange")}</Alert>}
      <PayoutStatus
        t={t}
        language={language}
        timeZone={onboarding.profile.timezone}
        payout={onboarding.payout}
        supportEmail={env().SUPPORT_EMAIL}
        startAction={connectPayoutsAction}
        checkAction={checkPayoutsAgainAction}
        whenActive={
          <Link href={pageUrl(onboarding.next)} className="block rounded-lg bg-brand-600 px-4 py-2.5 text-center font-semibold text-white hover:bg-brand-700">
            {t("verify.continue")}
          </Link>
        }
      />
    </div>
  );
}
