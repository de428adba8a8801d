"use client";

import { useTranslations } from "next-intl";
import { useEffect, useRef } from "react";
import type { FormState } from "@/lib/http/form-state";

/**
 * The one error pattern of every form: after a failed submit, the first invalid field (or the
 * summary, when no field is at fault) is scrolled into view and focused, so the problem is
 * never off-screen on a phone and a screen reader reads it. Returns the ref for the <form>.
 */
export function useFocusOnError(state: FormState) {
  const form = useRef<HTMLFormElement>(null);
  useEffect(() => {
    if (state.status !== "error" || !form.current) return;
    const target = form.current.querySelector<HTMLElement>('[aria-invalid="true"]') ?? form.current.querySelector<HTMLElement>("[data-error-summary]");
    if (!target) return;
    target.scrollIntoView({ block: "center" });
    target.focus({ preventScroll: true });
  }, [state]);
  return form;
}

/**
 * What went wrong, announced at once (`role="alert"`): the form's own error, or, when fields are
 * at fault, a link to each of them (the message stays next to its field too).
 */
export function ErrorSummary({ state, labels = {}, ids = {} }: { state: FormState; labels?: Record<string, string>; ids?: Record<string, string> }) {
  const t = useTranslations("errors");
  if (state.status !== "error") return null;
  const fields = Object.entries(state.fields ?? {});
  return (
    <div role="alert" data-error-summary tabIndex={-1} className="rounded-lg border border-red-300 bg-red-50 px-4 py-3 text-sm text-red-900 focus:outline-2 focus:outline-red-600">
      <p className="font-semibold">{fields.length > 0 ? t("validation_failed") : state.message}</p>
      {fields.length > 0 && (
        <ul className="mt-1 list-disc space-y-0.5 pl-5">
          {fields.map(([name, message]) => (
            <li key={name}>
              <a href={`#${ids[name] ?? name}`} className="underline">
                {labels[name] ?? name}
              </a>
              : {message}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
