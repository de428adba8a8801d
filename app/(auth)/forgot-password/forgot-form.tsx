"use client";

import Link from "next/link";
import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { Alert } from "@/components/ui/alert";
import { Field } from "@/components/ui/field";
import { ErrorSummary, useFormErrors } from "@/components/ui/form-errors";
import { SubmitButton } from "@/components/ui/submit-button";
import { IDLE, type FormState } from "@/lib/http/form-state";
import { forgotPasswordAction } from "./actions";

export function ForgotPasswordForm({ minutes, initialEmail }: { minutes: number; initialEmail?: string }) {
  const t = useTranslations();
  const [state, submit] = useActionState<FormState, FormData>(forgotPasswordAction, IDLE);
  const { formProps, errors } = useFormErrors(state);
  if (state.status === "success") return <Alert tone="success">{t("account.forgot.sent", { minutes })}</Alert>;
  return (
    <form {...formProps} action={submit} className="space-y-5">
      <ErrorSummary state={state} errors={errors} labels={{ email: t("common.email") }} />
      <Field label={t("common.email")} name="email" type="email" autoComplete="email" required data-missing={t("errors.email_required")} data-invalid={t("errors.email_invalid")} defaultValue={typeof state.values?.email === "string" ? state.values.email : initialEmail} error={errors.email} />
      <SubmitButton pendingLabel={t("common.working")}>{t("account.forgot.submit")}</SubmitButton>
      <p className="text-center text-sm">
        <Link href="/login" className="font-semibold text-brand-700 underline">
          {t("account.forgot.backToSignIn")}
        </Link>
      </p>
    </form>
  );
}
