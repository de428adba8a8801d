"use client";

import { useRouter } from "next/navigation";
import { useEffect } from "react";

/** Re-reads the page when the tab becomes visible again (e.g. after verifying on a phone). */
export function RefreshOnReturn() {
  const router = useRouter();
  useEffect(() => {
    const onVisible = () => {
      if (document.visibilityState === "visible") router.refresh();
    };
    document.addEventListener("visibilitychange", onVisible);
    return () => document.removeEventListener("visibilitychange", onVisible);
  }, [router]);
  return null;
}
