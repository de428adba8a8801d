"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { SignInAgain } from "@/components/auth/sign-in-again";
import { ErrorSummary, useFormErrors } from "@/components/ui/form-errors";
import { SubmitButton } from "@/components/ui/submit-button";
import { acceptTermsAction } from "@/app/onboarding/actions";
import { IDLE, type FormState } from "@/lib/http/form-state";

export function TermsForm({
  version,
  email,
}: {
  version: string;
  email: string;
}) {
  const t = useTranslations();
  const [state, submit] = useActionState<FormState, FormData>(
    acceptTermsAction,
    IDLE,
  );
  const { formProps, errors } = useFormErrors(state);
  const error = errors.accept;
  return (
    <>
      {state.code === "unauthenticated" && <SignInAgain email={email} />}
      <form {...formProps} action={submit} className="space-y-4">
        {state.code !== "unauthenticated" && <ErrorSummary state={state} errors={errors} labels={{ accept: t("onboarding.terms.accept") }} />}
        <input type="hidden" name="version" value={version} />
        <div>
          <label className="flex items-start gap-3 text-slate-900">
            <input
              type="checkbox"
              name="accept"
              id="accept"
              required
              aria-invalid={error ? true : undefined}
              aria-describedby={error ? "accept-error" : undefined}
              className="mt-1 h-5 w-5 rounded border-slate-400 text-brand-600"
            />
            <span>{t("onboarding.terms.accept")}</span>
          </label>
          {error && (
            <p
              id="accept-error"
              className="mt-1.5 text-sm font-medium text-red-700"
            >
              {error}
            </p>
          )}
        </div>
        <SubmitButton pendingLabel={t("common.working")}>
          {t("onboarding.terms.submit")}
        </SubmitButton>
      </form>
    </>
  );
}
