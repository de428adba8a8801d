"use client";

import Link from "next/link";
import { useTranslations } from "next-intl";
import { CardPage } from "@/components/ui/card-page";

/** Anything a page throws that it did not handle itself: what happened, a retry, and a way home. */
export default function ErrorPage({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const t = useTranslations("errorPage");
  return (
    <CardPage title={t("title")} intro={t("body")}>
      <div className="flex flex-wrap items-center gap-4">
        <button type="button" onClick={reset} className="rounded-lg bg-brand-600 px-4 py-2.5 font-semibold text-white hover:bg-brand-700">
          {t("retry")}
        </button>
        <Link href="/" className="font-semibold text-brand-700 underline">
          {t("home")}
        </Link>
      </div>
      {error.digest && <p className="mt-4 text-xs text-slate-600">{t("reference", { digest: error.digest })}</p>}
    </CardPage>
  );
}
