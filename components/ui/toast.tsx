"use client";

import { useEffect, useState } from "react";

const TONE = {
  success: "border-emerald-300 bg-emerald-50 text-emerald-950",
  error: "border-red-300 bg-red-50 text-red-950",
  info: "border-sky-300 bg-sky-50 text-sky-950",
} as const;

/** A message that confirms what just happened, announced to screen readers, gone after a while. */
export function Toast({ tone, message, closeLabel, cookieName }: { tone: keyof typeof TONE; message: string; closeLabel: string; cookieName?: string }) {
  const [open, setOpen] = useState(true);
  useEffect(() => {
    if (cookieName) document.cookie = `${cookieName}=; Max-Age=0; path=/; SameSite=Lax`;
    const timer = setTimeout(() => setOpen(false), tone === "error" ? 12_000 : 6_000);
    return () => clearTimeout(timer);
  }, [cookieName, tone]);
  if (!open) return null;
  return (
    <div className="pointer-events-none fixed inset-x-0 bottom-4 z-50 flex justify-center px-4">
      <div role={tone === "error" ? "alert" : "status"} data-testid="toast" className={`pointer-events-auto flex max-w-md items-start gap-3 rounded-xl border px-4 py-3 text-sm font-medium shadow-lg ${TONE[tone]}`}>
        <p>{message}</p>
        <button type="button" onClick={() => setOpen(false)} className="-m-1 rounded p-1 leading-none opacity-70 hover:opacity-100" aria-label={closeLabel}>
          ×
        </button>
      </div>
    </div>
  );
}
