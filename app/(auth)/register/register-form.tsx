"use client";

import { useTranslations } from "next-intl";
import Link from "next/link";
import { useActionState, useState, useSyncExternalStore } from "react";
import { PasswordField } from "@/components/auth/password-field";
import { ErrorSummary, useFormErrors } from "@/components/ui/form-errors";
import { Alert } from "@/components/ui/alert";
import { Field } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import { type Language } from "@/lib/i18n/languages";
import { IDLE, type FormState } from "@/lib/http/form-state";
import { registerAction, resendByEmailAction } from "./actions";

const neverChanges = () => () => {};

export function RegisterForm({ language }: { language: Language }) {
  const t = useTranslations();
  const [state, submit] = useActionState<FormState, FormData>(registerAction, IDLE);
  const [resendState, resend] = useActionState<FormState, FormData>(resendByEmailAction, IDLE);
  const { formProps, errors } = useFormErrors(state);
  const [email, setEmail] = useState(String(state.values?.email ?? ""));
  // The browser's zone, so reminders arrive in the creator's daytime (known once the page runs).
  const timeZone = useSyncExternalStore(
    neverChanges,
    () => Intl.DateTimeFormat().resolvedOptions().timeZone ?? "",
    () => "",
  );

  if (state.status === "success") {
    const email = String(state.values?.email ?? "");
    if (!state.data?.verificationRequired) {
      return (
        <div className="space-y-4">
          <Alert tone="success">{t("register.noVerification")}</Alert>
          <Link href="/login" className="block rounded-lg bg-brand-600 px-4 py-2.5 text-center font-semibold text-white hover:bg-brand-700">
            {t("common.signIn")}
          </Link>
        </div>
      );
    }
    return (
      <div className="space-y-4">
        <Alert tone="success" title={t("register.checkInboxTitle")}>
          {t("register.checkInbox", { email })}
        </Alert>
        <p className="text-sm text-slate-700">{t("register.didNotGetIt")}</p>
        <form action={resend} className="space-y-3">
          <input type="hidden" name="email" value={email} />
          {resendState.status === "success" && <Alert tone="info">{t("register.resent")}</Alert>}
          {resendState.status === "error" && <Alert tone="error">{resendState.message}</Alert>}
          <SubmitButton variant="secondary" pendingLabel={t("common.working")}>
            {t("register.resend")}
          </SubmitButton>
        </form>
        {Boolean(state.data?.mailboxAvailable) && (
          <Link href="/dev/mailbox" className="block text-center text-sm font-medium text-brand-700 underline">
            {t("register.openMailbox")}
          </Link>
        )}
      </div>
    );
  }

  return (
    <form {...formProps} action={submit} className="space-y-5">
      <ErrorSummary state={state} errors={errors} labels={{ email: t("common.email"), password: t("common.password") }} />
      <input type="hidden" name="language" value={language} />
      {timeZone && <input type="hidden" name="timeZone" value={timeZone} />}
      <Field
        label={t("common.email")}
        name="email"
        type="email"
        autoComplete="email"
        required
        data-missing={t("errors.email_required")}
        data-invalid={t("errors.email_invalid")}
        defaultValue={state.values?.email}
        onChange={(event) => setEmail(event.target.value)}
        error={errors.email}
      />
      <PasswordField label={t("common.password")} name="password" autoComplete="new-password" meter context={email ? [email] : []} hint={t("register.passwordHint")} error={errors.password} />
      <SubmitButton pendingLabel={t("common.working")}>{t("register.submit")}</SubmitButton>
      <p className="text-center text-sm text-slate-700">
        {t("register.haveAccount")}{" "}
        <Link href="/login" className="font-semibold text-brand-700 underline">
          {t("common.signIn")}
        </Link>
      </p>
    </form>
  );
}
