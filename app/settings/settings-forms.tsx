"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { PasswordField } from "@/components/auth/password-field";
import { SignInAgain } from "@/components/auth/sign-in-again";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { Field } from "@/components/ui/field";
import { ErrorSummary, useFormErrors } from "@/components/ui/form-errors";
import { SubmitButton } from "@/components/ui/submit-button";
import { IDLE, type FormState } from "@/lib/http/form-state";
import { changeEmailAction, changePasswordAction, deleteAccountAction } from "./actions";

export function ChangePasswordForm({ email }: { email: string }) {
  const t = useTranslations();
  const [state, submit] = useActionState<FormState, FormData>(changePasswordAction, IDLE);
  const { formProps, errors } = useFormErrors(state);
  const labels = { currentPassword: t("account.settings.currentPassword"), newPassword: t("account.settings.newPassword") };
  return (
    <>
      {state.code === "unauthenticated" && <SignInAgain email={email} />}
      <form {...formProps} key={JSON.stringify(state)} action={submit} className="space-y-4">
        {state.code !== "unauthenticated" && <ErrorSummary state={state} errors={errors} labels={labels} />}
        <input type="email" name="username" value={email} autoComplete="username" readOnly hidden />
        <PasswordField label={labels.currentPassword} name="currentPassword" autoComplete="current-password" error={errors.currentPassword} />
        <PasswordField label={labels.newPassword} name="newPassword" autoComplete="new-password" meter context={[email]} hint={t("account.settings.newPasswordHint")} error={errors.newPassword} />
        <div className="max-w-xs">
          <SubmitButton pendingLabel={t("common.working")}>{t("account.settings.changePassword")}</SubmitButton>
        </div>
      </form>
    </>
  );
}

export function ChangeEmailForm({ email }: { email: string }) {
  const t = useTranslations();
  const [state, submit] = useActionState<FormState, FormData>(changeEmailAction, IDLE);
  const { formProps, errors } = useFormErrors(state);
  const labels = { newEmail: t("account.settings.newEmail"), password: t("account.settings.passwordToConfirm") };
  return (
    <>
      {state.code === "unauthenticated" && <SignInAgain email={email} />}
      <form {...formProps} key={JSON.stringify(state)} action={submit} className="space-y-4">
        {state.code !== "unauthenticated" && <ErrorSummary state={state} errors={errors} labels={labels} ids={{ password: "email-change-password" }} />}
        <Field label={labels.newEmail} name="newEmail" type="email" autoComplete="email" required data-missing={t("errors.email_required")} data-invalid={t("errors.email_invalid")} defaultValue={typeof state.values?.newEmail === "string" ? state.values.newEmail : ""} error={errors.newEmail} />
        <PasswordField label={labels.password} name="password" id="email-change-password" autoComplete="current-password" error={errors.password} />
        <div className="max-w-xs">
          <SubmitButton variant="secondary" pendingLabel={t("common.working")}>
            {t("account.settings.changeEmail")}
          </SubmitButton>
        </div>
      </form>
    </>
  );
}

export function DeleteAccountForm() {
  const t = useTranslations();
  const [state, submit] = useActionState<FormState, FormData>(deleteAccountAction, IDLE);
  const { formProps, errors } = useFormErrors(state);
  // The server said the password is right: now, and only now, "delete for good?".
  const confirmed = state.status === "success" && state.data?.passwordConfirmed ? state : undefined;
  return (
    <form id="delete-account" {...formProps} action={submit} className="space-y-4">
      <ErrorSummary state={state} errors={errors} labels={{ password: t("account.settings.passwordToConfirm") }} ids={{ password: "delete-password" }} />
      <PasswordField label={t("account.settings.passwordToConfirm")} name="password" id="delete-password" autoComplete="current-password" error={errors.password} />
      <div className="max-w-xs">
        <SubmitButton name="step" value="check" variant="danger" pendingLabel={t("common.working")}>
          {t("account.settings.delete")}
        </SubmitButton>
        <ConfirmDialog
          form="delete-account"
          openedBy={confirmed}
          confirmField={{ name: "step", value: "delete" }}
          title={t("account.settings.deleteConfirmTitle")}
          body={t("account.settings.deleteConfirmBody")}
          confirmLabel={t("account.settings.deleteConfirm")}
          cancelLabel={t("account.settings.cancel")}
        />
      </div>
    </form>
  );
}
