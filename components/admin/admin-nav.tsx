"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";

/**
 * The admin's sections as tabs: the current one marked (and announced) as the current page, and
 * the row scrolls sideways on a phone instead of cutting the last tab off.
 */
export function AdminNav({ label, sections }: { label: string; sections: Array<{ href: string; label: string }> }) {
  const pathname = usePathname();
  const current = (href: string) => (href === "/admin" ? pathname === "/admin" || pathname.startsWith("/admin/creators") : pathname.startsWith(href));
  return (
    <nav aria-label={label} className="mb-6 flex gap-1 overflow-x-auto border-b border-slate-200">
      {sections.map((section) => (
        <Link
          key={section.href}
          href={section.href}
          aria-current={current(section.href) ? "page" : undefined}
          className={`shrink-0 whitespace-nowrap rounded-t-md px-4 py-2 text-sm font-semibold ${current(section.href) ? "border-b-2 border-brand-600 text-brand-800" : "text-slate-700 hover:bg-slate-100"}`}
        >
          {section.label}
        </Link>
      ))}
    </nav>
  );
}
