"use client";

import { useTranslations } from "next-intl";
import { useActionState, useState } from "react";
import { PasswordField } from "@/components/auth/password-field";
import { ErrorSummary, useFormErrors } from "@/components/ui/form-errors";
import { SubmitButton } from "@/components/ui/submit-button";
import { IDLE, type FormState } from "@/lib/http/form-state";
import { confirmEmailAction } from "./actions";

/**
 * In the browser that signed up: one button. Anywhere else: the account's password, or a new
 * one (whoever registered the address may not be whoever owns it).
 */
export function ConfirmEmailForm({ token, email, sameBrowser }: { token: string; email: string; sameBrowser: boolean }) {
  const t = useTranslations();
  const [state, submit] = useActionState<FormState, FormData>(confirmEmailAction, IDLE);
  const [choosing, setChoosing] = useState(false);
  const { formProps, errors } = useFormErrors(state);
  const error = <ErrorSummary state={state} errors={errors} />;

  if (sameBrowser) {
    return (
      <form {...formProps} action={submit} className="space-y-5">
        {error}
        <p className="text-slate-700">{t("verify.confirmIntro", { email })}</p>
        <input type="hidden" name="token" value={token} />
        <SubmitButton pendingLabel={t("common.working")}>{t("verify.confirmButton")}</SubmitButton>
      </form>
    );
  }
  return (
    <form {...formProps} action={submit} className="space-y-5">
      {error}
      <p className="text-slate-700">{t("verify.otherBrowserIntro", { email })}</p>
      <input type="hidden" name="token" value={token} />
      {choosing ? (
        <PasswordField key="new" label={t("verify.newPassword")} name="newPassword" autoComplete="new-password" meter context={[email]} hint={t("verify.newPasswordHint")} error={errors.newPassword} />
      ) : (
        <PasswordField key="current" label={t("verify.password")} name="password" autoComplete="current-password" error={errors.password} />
      )}
      <SubmitButton pendingLabel={t("common.working")}>{choosing ? t("verify.confirmWithNewPassword") : t("verify.confirmWithPassword")}</SubmitButton>
      <p className="text-center text-sm text-slate-700">
        {!choosing && <span className="block">{t("verify.forgotOrNotMe")}</span>}
        <button type="button" onClick={() => setChoosing(!choosing)} className="font-semibold text-brand-700 underline">
          {choosing ? t("verify.usePasswordInstead") : t("verify.chooseNewPassword")}
        </button>
      </p>
    </form>
  );
}
