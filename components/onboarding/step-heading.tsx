"use client";

import { useEffect, useRef } from "react";

/** The step's <h1>; it takes focus when the step changes, so screen readers announce it. */
export function StepHeading({ children }: { children: string }) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    heading.current?.focus();
  }, [children]);
  return (
    <h1 ref={heading} tabIndex={-1} className="text-2xl font-bold tracking-tight text-slate-900 outline-none sm:text-3xl">
      {children}
    </h1>
  );
}
