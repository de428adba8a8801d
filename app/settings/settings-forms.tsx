"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { PasswordField } from "@/components/auth/password-field";
import { SignInAgain } from "@/components/auth/sign-in-again";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { Field } from "@/components/ui/field";
import { ErrorSummary, useFocusOnError } from "@/components/ui/form-errors";
import { SubmitButton } from "@/components/ui/submit-button";
import { IDLE, type FormState } from "@/lib/http/form-state";
import { changeEmailAction, changePasswordAction, deleteAccountAction } from "./actions";

export function ChangePasswordForm({ email }: { email: string }) {
  const t = useTranslations();
  const [state, submit] = useActionState<FormState, FormData>(changePasswordAction, IDLE);
  const form = useFocusOnError(state);
  const labels = { currentPassword: t("account.settings.currentPassword"), newPassword: t("account.settings.newPassword") };
  return (
    <>
      {state.code === "unauthenticated" && <SignInAgain email={email} />}
      <form ref={form} key={JSON.stringify(state)} action={submit} className="space-y-4" noValidate>
        {state.code !== "unauthenticated" && <ErrorSummary state={state} labels={labels} />}
        <input type="email" name="username" value={email} autoComplete="username" readOnly hidden />
        <PasswordField label={labels.currentPassword} name="currentPassword" autoComplete="current-password" error={state.fields?.currentPassword} />
        <PasswordField label={labels.newPassword} name="newPassword" autoComplete="new-password" meter context={[email]} hint={t("account.settings.newPasswordHint")} error={state.fields?.newPassword} />
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
  const form = useFocusOnError(state);
  const labels = { newEmail: t("account.settings.newEmail"), password: t("account.settings.passwordToConfirm") };
  return (
    <>
      {state.code === "unauthenticated" && <SignInAgain email={email} />}
      <form ref={form} key={JSON.stringify(state)} action={submit} className="space-y-4" noValidate>
        {state.code !== "unauthenticated" && <ErrorSummary state={state} labels={labels} ids={{ password: "email-change-password" }} />}
        <Field label={labels.newEmail} name="newEmail" type="email" autoComplete="email" required defaultValue={typeof state.values?.newEmail === "string" ? state.values.newEmail : ""} error={state.fields?.newEmail} />
        <PasswordField label={labels.password} name="password" id="email-change-password" autoComplete="current-password" error={state.fields?.password} />
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
  const form = useFocusOnError(state);
  return (
    <form id="delete-account" ref={form} action={submit} className="space-y-4" noValidate>
      <ErrorSummary state={state} labels={{ password: t("account.settings.passwordToConfirm") }} ids={{ password: "delete-password" }} />
      <PasswordField label={t("account.settings.passwordToConfirm")} name="password" id="delete-password" autoComplete="current-password" error={state.fields?.password} />
      <div className="max-w-xs">
        <ConfirmDialog
          form="delete-account"
          trigger={t("account.settings.delete")}
          triggerClassName="w-full rounded-lg bg-red-700 px-4 py-2.5 font-semibold text-white hover:bg-red-800"
          title={t("account.settings.deleteConfirmTitle")}
          body={t("account.settings.deleteConfirmBody")}
          confirmLabel={t("account.settings.deleteConfirm")}
          cancelLabel={t("account.settings.cancel")}
        />
      </div>
    </form>
  );
}
