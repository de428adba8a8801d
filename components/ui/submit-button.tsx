"use client";

import { useSyncExternalStore, type ReactNode } from "react";
import { useFormStatus } from "react-dom";

interface SubmitButtonProps {
  children: ReactNode;
  pendingLabel: string;
  variant?: "primary" | "secondary" | "danger";
  pending?: boolean;
  /** Sent with the submission when this button submits it (a form with two submit steps). */
  name?: string;
  value?: string;
}

const subscribeToNothing = () => () => {};

const STYLES = {
  primary: "bg-brand-600 text-white hover:bg-brand-700 disabled:bg-brand-600/70",
  secondary: "border border-slate-300 bg-white text-slate-900 hover:bg-slate-100 disabled:opacity-70",
  danger: "bg-red-700 text-white hover:bg-red-800 disabled:bg-red-700/70",
};

/**
 * Shows its pending label and disables itself while the enclosing form submits. It also stays
 * disabled until the page is hydrated: a server-action form posted before that is rejected by
 * Next.js ("Invalid Server Actions request"), which a creator on a slow phone would hit.
 */
export function SubmitButton({ children, pendingLabel, variant = "primary", pending, name, value }: SubmitButtonProps) {
  const status = useFormStatus();
  // false on the server and while hydrating, true once React runs in the browser.
  const hydrated = useSyncExternalStore(subscribeToNothing, () => true, () => false);
  const busy = pending ?? status.pending;
  return (
    <button
      type="submit"
      name={name}
      value={value}
      disabled={busy || !hydrated}
      aria-disabled={busy || !hydrated}
      className={`inline-flex w-full items-center justify-center gap-2 rounded-lg px-4 py-2.5 font-semibold shadow-sm transition-colors ${STYLES[variant]}`}
    >
      {busy && <span aria-hidden className="h-4 w-4 animate-spin rounded-full border-2 border-current border-t-transparent" />}
      {busy ? pendingLabel : children}
    </button>
  );
}
