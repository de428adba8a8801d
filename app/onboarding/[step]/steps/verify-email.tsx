import { Alert } from "@/components/ui/alert";
import { RefreshOnReturn } from "@/components/onboarding/refresh-on-return";
import { ResendVerificationButton } from "@/components/onboarding/resend-verification-button";
import { resendMyVerificationAction } from "@/app/onboarding/actions";
import type { StepProps } from "./types";

export function VerifyEmailStep({ t, onboarding, deliveryProblem }: StepProps & { deliveryProblem: string | null }) {
  return (
    <div className="space-y-5">
      <RefreshOnReturn />
      {deliveryProblem && (
        <Alert tone="error" title={t("onboarding.verifyEmail.undeliverableTitle")}>
          {t("onboarding.verifyEmail.undeliverableBody", { email: onboarding.user.email })}
        </Alert>
      )}
      <p className="text-slate-700">{t("onboarding.verifyEmail.intro", { email: onboarding.user.email })}</p>
      <ResendVerificationButton action={resendMyVerificationAction} />
      <p className="text-sm text-slate-600">{t("onboarding.verifyEmail.wrongAddress")}</p>
    </div>
  );
}
