"use client";

import { useLocale, useTranslations } from "next-intl";
import { useRef, useState } from "react";
import type { PasswordStrength } from "@/lib/auth/password-strength";

interface PasswordFieldProps {
  label: string;
  name: string;
  /** Defaults to the name; give one when two forms of a page have a field of the same name. */
  id?: string;
  autoComplete: "new-password" | "current-password";
  hint?: string;
  error?: string;
  /** Draw the strength meter (new passwords); `context` is what an attacker tries first (the email). */
  meter?: boolean;
  context?: string[];
}

const BAR = ["bg-red-600", "bg-red-600", "bg-amber-500", "bg-emerald-600", "bg-emerald-700"];

/** A password input with a show/hide toggle and, for new passwords, zxcvbn's verdict as you type. */
export function PasswordField({ label, name, id = name, autoComplete, hint, error, meter = false, context = [] }: PasswordFieldProps) {
  const t = useTranslations("password");
  const locale = useLocale();
  const [visible, setVisible] = useState(false);
  const [value, setValue] = useState("");
  const [strength, setStrength] = useState<PasswordStrength | null>(null);
  const latest = useRef("");

  function onChange(next: string) {
    setValue(next);
    latest.current = next;
    if (!meter) return;
    if (!next) return setStrength(null);
    // The dictionaries are large: loaded on the first keystroke, never with the page.
    void import("@/lib/auth/password-strength").then(({ passwordStrength }) => {
      if (latest.current === next) setStrength(passwordStrength(next, context, locale === "fr" ? "fr" : "en"));
    });
  }

  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const meterId = meter ? `${id}-meter` : undefined;
  return (
    <div className="space-y-1.5">
      <label htmlFor={id} className="block text-sm font-medium text-slate-900">
        {label}
      </label>
      <div className="relative">
        <input
          id={id}
          name={name}
          type={visible ? "text" : "password"}
          autoComplete={autoComplete}
          required
          value={value}
          onChange={(event) => onChange(event.target.value)}
          aria-invalid={error ? true : undefined}
          aria-describedby={[hintId, meterId, errorId].filter(Boolean).join(" ") || undefined}
          className={`block w-full rounded-lg border bg-white py-2.5 pl-3 pr-20 text-slate-900 shadow-sm focus:outline-2 focus:outline-offset-1 focus:outline-brand-600 ${error ? "border-red-600" : "border-slate-300"}`}
        />
        <button
          type="button"
          onClick={() => setVisible(!visible)}
          aria-pressed={visible}
          aria-controls={id}
          className="absolute inset-y-1 right-1 rounded-md px-3 text-sm font-medium text-brand-700 hover:bg-slate-100"
        >
          {visible ? t("hide") : t("show")}
        </button>
      </div>
      {hint && (
        <p id={hintId} className="text-sm text-slate-600">
          {hint}
        </p>
      )}
      {meter && (
        <div id={meterId} aria-live="polite" className="space-y-1">
          {strength && (
            <>
              <div className="flex gap-1" aria-hidden>
                {[0, 1, 2, 3].map((index) => (
                  <span key={index} className={`h-1.5 flex-1 rounded-full ${index < Math.max(1, strength.score) ? BAR[strength.score] : "bg-slate-200"}`} />
                ))}
              </div>
              <p className="text-sm text-slate-700" data-testid="password-strength">
                {t(`strength.${strength.score}`)}
                {strength.warning && ` ${strength.warning}`}
              </p>
            </>
          )}
        </div>
      )}
      {error && (
        <p id={errorId} className="text-sm font-medium text-red-700">
          {error}
        </p>
      )}
    </div>
  );
}
