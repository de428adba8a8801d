"use client";

import { signOut } from "next-auth/react";
import { useRouter } from "next/navigation";
import { useState } from "react";

export function SignOutButton({ label, pendingLabel }: { label: string; pendingLabel: string }) {
  const router = useRouter();
  const [pending, setPending] = useState(false);
  return (
    <button
      type="button"
      disabled={pending}
      onClick={async () => {
        setPending(true);
        // No server-built redirect URL: wherever this origin is served from, it stays on it.
        await signOut({ redirect: false });
        router.replace("/login?signedOut=1");
        router.refresh();
      }}
      className="rounded-md px-3 py-2 font-medium text-slate-700 hover:bg-slate-100"
    >
      {pending ? pendingLabel : label}
    </button>
  );
}
