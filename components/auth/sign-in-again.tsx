"use client";

import { signIn } from "next-auth/react";
import { useTranslations } from "next-intl";
import { useState, type FormEvent } from "react";
import { Alert } from "@/components/ui/alert";
import { Field } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import { PasswordField } from "@/components/auth/password-field";

/**
 * The session ended while a form was open: sign in again right here, then send the form again.
 * The form keeps what was typed (it is refilled from the action's echo), so nothing is lost.
 */
export function SignInAgain({ email }: { email?: string }) {
  const t = useTranslations();
  const [pending, setPending] = useState(false);
  const [done, setDone] = useState(false);
  const [failed, setFailed] = useState(false);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setPending(true);
    setFailed(false);
    const result = await signIn("credentials", { redirect: false, email: form.get("email"), password: form.get("password") });
    setPending(false);
    if (result?.ok && !result.error) setDone(true);
    else setFailed(true);
  }

  if (done) return <Alert tone="success">{t("sessionExpired.signedIn")}</Alert>;
  return (
    <section aria-labelledby="sign-in-again" className="rounded-lg border border-amber-300 bg-amber-50 p-4">
      <h2 id="sign-in-again" className="font-semibold text-amber-950">
        {t("sessionExpired.title")}
      </h2>
      <p className="mt-1 text-sm text-amber-950">{t("sessionExpired.body")}</p>
      <form onSubmit={onSubmit} className="mt-3 space-y-3" noValidate>
        {failed && <Alert tone="error">{t("errors.invalid_credentials")}</Alert>}
        <Field label={t("common.email")} name="email" id="again-email" type="email" autoComplete="email" required defaultValue={email} />
        <PasswordField label={t("common.password")} name="password" id="again-password" autoComplete="current-password" />
        <SubmitButton pending={pending} pendingLabel={t("common.working")}>
          {t("sessionExpired.submit")}
        </SubmitButton>
      </form>
    </section>
  );
}
