"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { SubmitButton } from "@/components/ui/submit-button";
import { IDLE, type FormState } from "@/lib/http/form-state";

type FormActionFn = (state: FormState, formData: FormData) => Promise<FormState>;

export function AddNoteForm({ userId, action }: { userId: string; action: FormActionFn }) {
  const t = useTranslations();
  const [state, submit] = useActionState<FormState, FormData>(action, IDLE);
  const error = state.fields?.body;
  return (
    <form action={submit} className="mt-3 space-y-2" noValidate>
      <input type="hidden" name="userId" value={userId} />
      <label htmlFor="note-body" className="block text-sm font-medium text-slate-900">
        {t("admin.creator.noteLabel")}
      </label>
      <textarea id="note-body" name="body" rows={3} maxLength={2000} required aria-invalid={error ? true : undefined} aria-describedby={error ? "note-error" : undefined} defaultValue={typeof state.values?.body === "string" ? state.values.body : ""} className="block w-full rounded-lg border border-slate-300 px-3 py-2 text-sm" />
      {error && (
        <p id="note-error" role="alert" className="text-sm font-medium text-red-700">
          {error}
        </p>
      )}
      <div className="max-w-48">
        <SubmitButton variant="secondary" pendingLabel={t("common.working")}>
          {t("admin.creator.addNote")}
        </SubmitButton>
      </div>
    </form>
  );
}

export function AddTagForm({ userId, action }: { userId: string; action: FormActionFn }) {
  const t = useTranslations();
  const [state, submit] = useActionState<FormState, FormData>(action, IDLE);
  const error = state.fields?.tag;
  return (
    // Keyed by the answer: a refused tag stays in the box to be corrected; a saved one clears it.
    <form key={JSON.stringify(state)} action={submit} className="mt-3 flex flex-wrap items-start gap-2" noValidate>
      <input type="hidden" name="userId" value={userId} />
      <div>
        <label htmlFor="tag-name" className="sr-only">
          {t("admin.creator.tagLabel")}
        </label>
        <input id="tag-name" name="tag" maxLength={32} placeholder={t("admin.creator.tagLabel")} defaultValue={state.status === "error" && typeof state.values?.tag === "string" ? state.values.tag : ""} aria-invalid={error ? true : undefined} aria-describedby="tag-hint" className="rounded-md border border-slate-300 px-2 py-1.5 text-sm" />
        <p id="tag-hint" className={error ? "mt-1 text-xs font-medium text-red-700" : "mt-1 text-xs text-slate-600"}>
          {error ?? t("admin.creator.tagHint")}
        </p>
      </div>
      <button type="submit" className="rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm font-semibold text-slate-800 hover:bg-slate-100">
        {t("admin.creator.addTag")}
      </button>
    </form>
  );
}
