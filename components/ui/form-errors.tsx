"use client";

import { useTranslations } from "next-intl";
import { useEffect, useRef, useState, type FocusEvent, type FormEvent } from "react";
import type { FormState } from "@/lib/http/form-state";

type Control = HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement;

function isControl(target: EventTarget): target is Control {
  return target instanceof HTMLInputElement || target instanceof HTMLSelectElement || target instanceof HTMLTextAreaElement;
}

/**
 * The one error behaviour of every form, for the fields it draws (`errors`) and its summary:
 * - after a failed submit, the first invalid field (or the summary, when no field is at fault) is
 *   scrolled into view and focused, so the problem is never off-screen on a phone and a screen
 *   reader reads it;
 * - a field's error goes as soon as that field is changed: nothing stale stays while typing;
 * - leaving a field that the browser already knows is wrong (empty but `required`, not an email,
 *   not matching its `pattern`) says so there and then, with the message the field carries in
 *   `data-missing` / `data-invalid`. The server's answer stays the authority on submit.
 */
export function useFormErrors(state: FormState) {
  const ref = useRef<HTMLFormElement>(null);
  const [changes, setChanges] = useState<{ of: FormState; fields: Record<string, string | null> }>({ of: state, fields: {} });
  // A new answer from the server starts afresh from its errors.
  const own = changes.of === state ? changes.fields : {};
  const errors: Record<string, string> = {};
  for (const [name, message] of Object.entries({ ...state.fields, ...own })) if (message) errors[name] = message;

  const set = (name: string, message: string | null) => setChanges({ of: state, fields: { ...own, [name]: message } });

  useEffect(() => {
    if (state.status !== "error" || !ref.current) return;
    const target = ref.current.querySelector<HTMLElement>('[aria-invalid="true"]') ?? ref.current.querySelector<HTMLElement>("[data-error-summary]");
    if (!target) return;
    target.scrollIntoView({ block: "center" });
    target.focus({ preventScroll: true });
  }, [state]);

  return {
    errors,
    formProps: {
      ref,
      noValidate: true,
      onChange: (event: FormEvent<HTMLFormElement>) => {
        if (isControl(event.target) && errors[event.target.name]) set(event.target.name, null);
      },
      onBlur: (event: FocusEvent<HTMLFormElement>) => {
        const field = event.target;
        if (!isControl(field) || !field.name || errors[field.name]) return;
        const { valueMissing, typeMismatch, patternMismatch } = field.validity;
        const message = valueMissing && field.value === "" ? field.dataset.missing : typeMismatch || patternMismatch ? field.dataset.invalid : undefined;
        if (message) set(field.name, message);
      },
    },
  };
}

/**
 * What went wrong, announced at once (`role="alert"`): the form's own error, or, when fields are
 * at fault, a link to each of them (the message stays next to its field too). `errors` are the
 * form's current ones (`useFormErrors`), so a field put right leaves the summary too.
 */
export function ErrorSummary({ state, errors, labels = {}, ids = {} }: { state: FormState; errors: Record<string, string>; labels?: Record<string, string>; ids?: Record<string, string> }) {
  const t = useTranslations("errors");
  if (state.status !== "error") return null;
  const fields = Object.entries(errors);
  // Every field the server found wrong has been changed since: nothing left to summarise.
  if (fields.length === 0 && Object.keys(state.fields ?? {}).length > 0) return null;
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
