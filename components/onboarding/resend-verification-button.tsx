"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { Alert } from "@/components/ui/alert";
import { SubmitButton } from "@/components/ui/submit-button";
import { IDLE, type FormState } from "@/lib/http/form-state";

type FormActionFn = (state: FormState, formData: FormData) => Promise<FormState>;

export function ResendVerificationButton({ action }: { action: FormActionFn }) {
  const t = useTranslations();
  const [state, submit] = useActionState<FormState, FormData>(action, IDLE);
  return (
    <form action={submit} className="space-y-3">
      {state.status === "success" && <Alert tone="success">{t("verify.resent")}</Alert>}
      {state.status === "error" && <Alert tone="error">{state.message}</Alert>}
      <SubmitButton variant="secondary" pendingLabel={t("common.working")}>
        {t("register.resend")}
      </SubmitButton>
    </form>
  );
}
