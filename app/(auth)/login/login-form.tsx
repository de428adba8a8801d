"use client";

import { useTranslations } from "next-intl";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { signIn } from "next-auth/react";
import { useState, type FormEvent } from "react";
import { Alert } from "@/components/ui/alert";
import { PasswordField } from "@/components/auth/password-field";
import { Field } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";

/** `callbackUrl` is already resolved on the server to a path on our own origin (lib/http/redirects.ts). */
export function LoginForm({ callbackUrl, initialEmail }: { callbackUrl: string; initialEmail?: string }) {
  const t = useTranslations();
  const router = useRouter();
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setPending(true);
    setError(null);
    const result = await signIn("credentials", { redirect: false, email: form.get("email"), password: form.get("password") });
    if (result?.ok && !result.error) {
      router.replace(callbackUrl);
      router.refresh();
      return;
    }
    const code = result?.error === "CredentialsSignin" || !result?.error ? "invalid_credentials" : result.error;
    const key = `errors.${code}` as const;
    setError(/^[a-z_]+$/.test(code) && t.has(key as "errors.internal_error") ? t(key as "errors.internal_error") : t("errors.internal_error"));
    setPending(false);
  }

  return (
    <form onSubmit={onSubmit} className="space-y-5" noValidate>
      {error && <Alert tone="error">{error}</Alert>}
      <Field label={t("common.email")} name="email" type="email" autoComplete="email" required defaultValue={initialEmail} />
      <PasswordField label={t("common.password")} name="password" autoComplete="current-password" />
      <p className="-mt-3 text-right text-sm">
        <Link href="/forgot-password" className="font-medium text-brand-700 underline">
          {t("account.forgot.link")}
        </Link>
      </p>
      <SubmitButton pending={pending} pendingLabel={t("common.working")}>
        {t("login.submit")}
      </SubmitButton>
      <p className="text-center text-sm text-slate-700">
        {t("login.noAccount")}{" "}
        <Link href="/register" className="font-semibold text-brand-700 underline">
          {t("common.createAccount")}
        </Link>
      </p>
    </form>
  );
}
