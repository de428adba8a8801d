"use client";

import Link from "next/link";
import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { IDLE, type FormState } from "@/lib/http/form-state";

/** The admin's own named filters: one click to a view, and the current filters saved under a name. */
type FormActionFn = (state: FormState, formData: FormData) => Promise<FormState>;

export function SavedViews({ views, currentQuery, activeViewId, saveAction, deleteAction }: { views: Array<{ id: string; name: string; query: string }>; currentQuery: string; activeViewId: string | undefined; saveAction: FormActionFn; deleteAction: (formData: FormData) => Promise<void> }) {
  const t = useTranslations("admin.views");
  const [state, save] = useActionState<FormState, FormData>(saveAction, IDLE);
  return (
    <section aria-label={t("title")} className="mt-4 flex flex-wrap items-center gap-2 text-sm">
      <span className="font-semibold text-slate-700">{t("title")}:</span>
      {views.length === 0 && <span className="text-slate-600">{t("none")}</span>}
      {views.map((view) => (
        <span key={view.id} className={`inline-flex items-center rounded-full border ${view.id === activeViewId ? "border-brand-600 bg-brand-50" : "border-slate-300 bg-white"}`}>
          {/* The view the list shows now: marked, so the admin knows which filters are on. */}
          <Link href={`/admin${view.query ? `?${view.query}` : ""}`} aria-current={view.id === activeViewId ? "true" : undefined} className={`py-1 pl-3 pr-1 font-medium hover:underline ${view.id === activeViewId ? "text-brand-900" : "text-brand-700"}`}>
            {view.id === activeViewId && <span aria-hidden>✓ </span>}
            {view.name}
          </Link>
          <form action={deleteAction}>
            <input type="hidden" name="id" value={view.id} />
            <button type="submit" aria-label={t("delete", { name: view.name })} className="px-2 py-1 text-slate-500 hover:text-red-700">
              ×
            </button>
          </form>
        </span>
      ))}
      <form action={save} className="ml-auto flex items-center gap-2">
        <input type="hidden" name="query" value={currentQuery} />
        <label className="sr-only" htmlFor="view-name">
          {t("name")}
        </label>
        <input id="view-name" name="name" required maxLength={60} placeholder={t("name")} aria-invalid={state.fields?.name ? true : undefined} className="rounded-md border border-slate-300 px-2 py-1" />
        <button type="submit" className="rounded-md border border-slate-300 bg-white px-3 py-1 font-semibold text-slate-800 hover:bg-slate-100">
          {t("save")}
        </button>
        {state.status === "error" && <span role="alert" className="text-red-700">{state.fields?.name ?? state.message}</span>}
      </form>
    </section>
  );
}
