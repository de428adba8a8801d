"use client";

import { usePathname } from "next/navigation";
import { useState, type ReactNode } from "react";

/**
 * The account links: in one row from 640 px, behind a "Menu" button on a phone, where they would
 * otherwise wrap the header onto two or three rows before any content. Closed again on every
 * navigation, as a menu is once its link has been followed.
 */
export function HeaderMenu({ label, children }: { label: string; children: ReactNode }) {
  const pathname = usePathname();
  // Open on the page where it was opened: following a link (a new pathname) closes it.
  const [openOn, setOpenOn] = useState<string | null>(null);
  const open = openOn === pathname;
  return (
    <>
      <button
        type="button"
        aria-expanded={open}
        aria-controls="account-menu"
        onClick={() => setOpenOn(open ? null : pathname)}
        className="rounded-md border border-slate-200 px-3 py-1.5 text-sm font-medium text-slate-700 sm:hidden"
      >
        {label}
      </button>
      <div id="account-menu" className={`${open ? "flex" : "hidden"} absolute right-4 top-full z-20 mt-1 w-56 flex-col items-stretch gap-1 rounded-lg border border-slate-200 bg-white p-2 shadow-lg sm:static sm:mt-0 sm:flex sm:w-auto sm:flex-row sm:items-center sm:border-0 sm:p-0 sm:shadow-none`}>
        {children}
      </div>
    </>
  );
}
