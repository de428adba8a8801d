import Link from "next/link";
import { RefreshOnReturn } from "@/components/onboarding/refresh-on-return";
import { Alert } from "@/components/ui/alert";
import { SubmitButton } from "@/components/ui/submit-button";
import { checkPayoutsAgainAction, connectPayoutsAction } from "@/app/onboarding/actions";
import { pageUrl } from "@/lib/onboarding/wizard";
import { describeRequirements } from "@/lib/stripe/requirements";
import type { StepProps } from "./types";

export function PayoutsStep({ t, onboarding }: StepProps) {
  const { state, requirementsDue } = onboarding.payout;
  const startButton = (label: string) => (
    <form action={connectPayoutsAction}>
      <SubmitButton pendingLabel={t.common.working}>{label}</SubmitButton>
    </form>
  );
  return (
    <div className="space-y-5">
      <div className="flex items-center justify-between gap-3 rounded-lg border border-slate-200 px-4 py-3">
        <span className="text-sm font-medium text-slate-700">{t.payout.stripeName}</span>
        <span data-testid="payout-state" className={`rounded-full px-3 py-1 text-sm font-semibold ${state === "active" ? "bg-emerald-100 text-emerald-900" : state === "rejected" ? "bg-red-100 text-red-900" : "bg-amber-100 text-amber-900"}`}>
          {t.payout.states[state]}
        </span>
      </div>
      {state === "not_started" && (
        <>
          <p className="text-slate-700">{t.payout.intro}</p>
          {startButton(t.payout.connect)}
        </>
      )}
      {state === "in_progress" && (
        <>
          <p className="text-slate-700">{t.payout.inProgressBody}</p>
          {startButton(t.payout.continueWithStripe)}
        </>
      )}
      {state === "needs_information" && (
        <>
          <Alert tone="info" title={t.payout.needsInformationBody}>
            <ul className="mt-1 list-disc space-y-1 pl-5">
              {describeRequirements(requirementsDue, t).map((line) => (
                <li key={line}>{line}</li>
              ))}
            </ul>
          </Alert>
          {startButton(t.payout.provideMissing)}
        </>
      )}
      {state === "verifying" && (
        <>
          <RefreshOnReturn />
          <Alert tone="info">{t.payout.verifyingBody}</Alert>
          <form action={checkPayoutsAgainAction}>
            <SubmitButton variant="secondary" pendingLabel={t.common.working}>
              {t.payout.checkAgain}
            </SubmitButton>
          </form>
        </>
      )}
      {state === "active" && (
        <>
          <Alert tone="success">{t.payout.activeBody}</Alert>
          <Link href={pageUrl(onboarding.next)} className="block rounded-lg bg-brand-600 px-4 py-2.5 text-center font-semibold text-white hover:bg-brand-700">
            {t.verify.continue}
          </Link>
        </>
      )}
      {state === "rejected" && <Alert tone="error">{t.payout.rejectedBody}</Alert>}
    </div>
  );
}
