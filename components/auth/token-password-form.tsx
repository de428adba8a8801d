"use client";

import Link from "next/link";
import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { PasswordField } from "@/components/auth/password-field";
import { ErrorSummary, useFormErrors } from "@/components/ui/form-errors";
import { SubmitButton } from "@/components/ui/submit-button";
import { IDLE, type FormState } from "@/lib/http/form-state";

type FormActionFn = (state: FormState, formData: FormData) => Promise<FormState>;

/** A link's token and a new password for its account (reset, invitation), with the strength meter. */
export function TokenPasswordForm({ token, email, action, label, hint, submit }: { token: string; email: string; action: FormActionFn; label: string; hint?: string; submit: string }) {
  const t = useTranslations();
  const [state, send] = useActionState<FormState, FormData>(action, IDLE);
  const { formProps, errors } = useFormErrors(state);
  return (
    <form {...formProps} action={send} className="space-y-5">
      <ErrorSummary state={state} errors={errors} labels={{ password: label }} />
      <input type="hidden" name="token" value={token} />
      <input type="email" name="username" value={email} autoComplete="username" readOnly hidden />
      <PasswordField label={label} name="password" autoComplete="new-password" meter context={[email]} hint={hint} error={errors.password} />
      <SubmitButton pendingLabel={t("common.working")}>{submit}</SubmitButton>
    </form>
  );
}

/** One button that uses a link (a POST: opening the link never uses it). */
export function TokenButtonForm({ token, action, submit, onward, tone = "primary" }: { token: string; action: FormActionFn; submit: string; onward: { href: string; label: string }; tone?: "primary" | "secondary" }) {
  const t = useTranslations();
  const [state, send] = useActionState<FormState, FormData>(action, IDLE);
  const { formProps, errors } = useFormErrors(state);
  if (state.status === "success" && typeof state.data?.message === "string") {
    return (
      <div className="space-y-4">
        <p role="status" className="rounded-lg border border-emerald-200 bg-emerald-50 px-4 py-3 text-sm text-emerald-900">
          {state.data.message}
        </p>
        {/* Done: a way onward, never a dead end. */}
        <Link href={onward.href} className="inline-block rounded-lg bg-brand-600 px-4 py-2 font-semibold text-white hover:bg-brand-700">
          {onward.label}
        </Link>
      </div>
    );
  }
  return (
    <form {...formProps} action={send} className="space-y-4">
      <ErrorSummary state={state} errors={errors} />
      <input type="hidden" name="token" value={token} />
      <SubmitButton variant={tone} pendingLabel={t("common.working")}>
        {submit}
      </SubmitButton>
    </form>
  );
}
