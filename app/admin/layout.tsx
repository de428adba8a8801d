import type { Metadata } from "next";
import Link from "next/link";
import type { ReactNode } from "react";
import { requirePageUser } from "@/lib/auth/page-guard";

export const metadata: Metadata = { title: { default: "Admin", template: "%s · Admin · OFM Onboarding" }, robots: { index: false } };

const SECTIONS = [
  { href: "/admin", label: "Creators" },
  { href: "/admin/funnel", label: "Funnel" },
  { href: "/admin/system", label: "System" },
];

// The role check is here, on the server, for every admin page (actions check again themselves).
export default async function AdminLayout({ children }: { children: ReactNode }) {
  await requirePageUser({ roles: ["admin"], returnTo: "/admin" });
  return (
    <div className="mx-auto max-w-6xl px-4 py-8">
      <nav aria-label="Admin" className="mb-6 flex gap-1 border-b border-slate-200">
        {SECTIONS.map((section) => (
          <Link key={section.href} href={section.href} className="rounded-t-md px-4 py-2 text-sm font-semibold text-slate-700 hover:bg-slate-100">
            {section.label}
          </Link>
        ))}
      </nav>
      {children}
    </div>
  );
}
