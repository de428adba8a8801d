"use client";

import { useEffect, useRef, type ReactNode } from "react";

interface ConfirmDialogProps {
  /** What opens the dialog; without one, the dialog opens each time `openedBy` changes to a value. */
  trigger?: string;
  openedBy?: unknown;
  /** Sent with the submission (as the confirm button's name and value). */
  confirmField?: { name: string; value: string };
  triggerClassName?: string;
  title: string;
  body: ReactNode;
  confirmLabel: string;
  cancelLabel: string;
  /** The form the confirm button submits (by id), so the dialog can live outside it. */
  form: string;
  tone?: "danger" | "primary";
}

/**
 * A native modal <dialog> before anything that cannot be undone in one click: focus moves
 * into it, Escape closes it, and only its confirm button submits the form.
 */
export function ConfirmDialog({ trigger, openedBy, confirmField, triggerClassName, title, body, confirmLabel, cancelLabel, form, tone = "danger" }: ConfirmDialogProps) {
  const dialog = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    if (openedBy && !dialog.current?.open) dialog.current?.showModal();
  }, [openedBy]);
  const confirmStyle = tone === "danger" ? "bg-red-700 hover:bg-red-800" : "bg-brand-600 hover:bg-brand-700";
  return (
    <>
      {trigger && (
        <button type="button" onClick={() => dialog.current?.showModal()} className={triggerClassName ?? "w-full rounded-lg border border-slate-300 bg-white px-4 py-2.5 font-semibold text-slate-900 hover:bg-slate-100"}>
          {trigger}
        </button>
      )}
      <dialog ref={dialog} aria-labelledby={`${form}-title`} className="m-auto max-w-md rounded-2xl p-6 shadow-xl backdrop:bg-slate-900/50">
        <h2 id={`${form}-title`} className="text-lg font-semibold text-slate-900">
          {title}
        </h2>
        <div className="mt-2 text-sm text-slate-700">{body}</div>
        <div className="mt-6 flex justify-end gap-3">
          <button type="button" onClick={() => dialog.current?.close()} className="rounded-lg border border-slate-300 px-4 py-2 font-semibold text-slate-900 hover:bg-slate-100" autoFocus>
            {cancelLabel}
          </button>
          <button type="submit" form={form} name={confirmField?.name} value={confirmField?.value} onClick={() => dialog.current?.close()} className={`rounded-lg px-4 py-2 font-semibold text-white ${confirmStyle}`}>
            {confirmLabel}
          </button>
        </div>
      </dialog>
    </>
  );
}
