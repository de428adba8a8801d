"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { PasswordField } from "@/components/auth/password-field";
import { ErrorSummary, useFocusOnError } from "@/components/ui/form-errors";
import { SubmitButton } from "@/components/ui/submit-button";
import { IDLE, type FormState } from "@/lib/http/form-state";

type FormActionFn = (state: FormState, formData: FormData) => Promise<FormState>;

/** A link's token and a new password for its account (reset, invitation), with the strength meter. */
export function TokenPasswordForm({ token, email, action, label, hint, submit }: { token: string; email: string; action: FormActionFn; label: string; hint?: string; submit: string }) {
  const t = useTranslations();
  const [state, send] = useActionState<FormState, FormData>(action, IDLE);
  const form = useFocusOnError(state);
  return (
    <form ref={form} action={send} className="space-y-5" noValidate>
      <ErrorSummary state={state} labels={{ password: label }} />
      <input type="hidden" name="token" value={token} />
      <input type="email" name="username" value={email} autoComplete="username" readOnly hidden />
      <PasswordField label={label} name="password" autoComplete="new-password" meter context={[email]} hint={hint} error={state.fields?.password} />
      <SubmitButton pendingLabel={t("common.working")}>{submit}</SubmitButton>
    </form>
  );
}

/** One button that uses a link (a POST: opening the link never uses it). */
export function TokenButtonForm({ token, action, submit, tone = "primary" }: { token: string; action: FormActionFn; submit: string; tone?: "primary" | "secondary" }) {
  const t = useTranslations();
  const [state, send] = useActionState<FormState, FormData>(action, IDLE);
  const form = useFocusOnError(state);
  if (state.status === "success" && typeof state.data?.message === "string") {
    return (
      <p role="status" className="rounded-lg border border-emerald-200 bg-emerald-50 px-4 py-3 text-sm text-emerald-900">
        {state.data.message}
      </p>
    );
  }
  return (
    <form ref={form} action={send} className="space-y-4">
      <ErrorSummary state={state} />
      <input type="hidden" name="token" value={token} />
      <SubmitButton variant={tone} pendingLabel={t("common.working")}>
        {submit}
      </SubmitButton>
    </form>
  );
}
