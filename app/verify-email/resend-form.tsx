"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { Alert } from "@/components/ui/alert";
import { SubmitButton } from "@/components/ui/submit-button";
import { IDLE, type FormState } from "@/lib/http/form-state";
import { resendFromExpiredLinkAction } from "./actions";

export function ResendFromExpiredLink({ token }: { token: string }) {
  const t = useTranslations();
  const [state, submit] = useActionState<FormState, FormData>(resendFromExpiredLinkAction, IDLE);
  if (state.status === "success") return <Alert tone="success">{t("verify.resent")}</Alert>;
  return (
    <form action={submit} className="space-y-3">
      {state.status === "error" && <Alert tone="error">{state.message}</Alert>}
      <input type="hidden" name="token" value={token} />
      <SubmitButton pendingLabel={t("common.working")}>{t("verify.resend")}</SubmitButton>
    </form>
  );
}
