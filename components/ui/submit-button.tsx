"use client";

import type { ReactNode } from "react";
import { useFormStatus } from "react-dom";

interface SubmitButtonProps {
  children: ReactNode;
  pendingLabel: string;
  variant?: "primary" | "secondary";
  pending?: boolean;
}

const STYLES = {
  primary: "bg-brand-600 text-white hover:bg-brand-700 disabled:bg-brand-600/70",
  secondary: "border border-slate-300 bg-white text-slate-900 hover:bg-slate-100 disabled:opacity-70",
};

/** Shows its pending label and disables itself while the enclosing form submits. */
export function SubmitButton({ children, pendingLabel, variant = "primary", pending }: SubmitButtonProps) {
  const status = useFormStatus();
  const busy = pending ?? status.pending;
  return (
    <button
      type="submit"
      disabled={busy}
      aria-disabled={busy}
      className={`inline-flex w-full items-center justify-center gap-2 rounded-lg px-4 py-2.5 font-semibold shadow-sm transition-colors ${STYLES[variant]}`}
    >
      {busy && <span aria-hidden className="h-4 w-4 animate-spin rounded-full border-2 border-current border-t-transparent" />}
      {busy ? pendingLabel : children}
    </button>
  );
}
