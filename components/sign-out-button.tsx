"use client";

import { signOut } from "next-auth/react";
import { useState } from "react";

export function SignOutButton({ label, pendingLabel }: { label: string; pendingLabel: string }) {
  const [pending, setPending] = useState(false);
  return (
    <button
      type="button"
      disabled={pending}
      onClick={() => {
        setPending(true);
        void signOut({ callbackUrl: "/login?signedOut=1" });
      }}
      className="rounded-md px-3 py-2 font-medium text-slate-700 hover:bg-slate-100"
    >
      {pending ? pendingLabel : label}
    </button>
  );
}
