import type { ReactNode } from "react";

/** A centred card with a heading: the frame of the sign-in, sign-up and verification pages. */
export function CardPage({ title, intro, children }: { title: string; intro?: string; children: ReactNode }) {
  return (
    <div className="mx-auto w-full max-w-md px-4 py-12 sm:py-16">
      <div className="rounded-2xl border border-slate-200 bg-white p-6 shadow-sm sm:p-8">
        <h1 className="text-2xl font-bold tracking-tight text-slate-900">{title}</h1>
        {intro && <p className="mt-2 text-slate-700">{intro}</p>}
        <div className="mt-6">{children}</div>
      </div>
    </div>
  );
}
