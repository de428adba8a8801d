"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { Field } from "@/components/ui/field";
import { ErrorSummary, useFormErrors } from "@/components/ui/form-errors";
import { SubmitButton } from "@/components/ui/submit-button";
import { IDLE, type FormState } from "@/lib/http/form-state";
import { LANGUAGE_NAMES, LANGUAGES, type Language } from "@/lib/i18n/languages";

type FormActionFn = (state: FormState, formData: FormData) => Promise<FormState>;

export function InviteAdminForm({ action, language }: { action: FormActionFn; language: Language }) {
  const t = useTranslations();
  const [state, submit] = useActionState<FormState, FormData>(action, IDLE);
  const { formProps, errors } = useFormErrors(state);
  return (
    <form {...formProps} key={JSON.stringify(state)} action={submit} className="space-y-4">
      <ErrorSummary state={state} errors={errors} labels={{ email: t("admin.team.inviteEmail") }} />
      <Field label={t("admin.team.inviteEmail")} name="email" type="email" required data-missing={t("errors.email_required")} data-invalid={t("errors.email_invalid")} defaultValue={typeof state.values?.email === "string" ? state.values.email : ""} error={errors.email} />
      <label className="flex flex-col text-sm font-medium text-slate-900">
        {t("admin.team.inviteLanguage")}
        <select name="language" defaultValue={language} className="mt-1 w-48 rounded-lg border border-slate-300 bg-white px-3 py-2">
          {LANGUAGES.map((option) => (
            <option key={option} value={option} lang={option}>
              {LANGUAGE_NAMES[option]}
            </option>
          ))}
        </select>
      </label>
      <div className="max-w-xs">
        <SubmitButton pendingLabel={t("common.working")}>{t("admin.team.sendInvite")}</SubmitButton>
      </div>
    </form>
  );
}
