"use client";

import { useTranslations } from "next-intl";
import { usePathname, useRouter, useSearchParams } from "next/navigation";
import { useEffect, useRef, useTransition } from "react";

interface CreatorFiltersProps {
  steps: Array<{ value: string; label: string }>;
  payouts: Array<{ value: string; label: string }>;
  languages: Array<{ value: string; label: string }>;
  tags: string[];
}

const control = "mt-1 rounded-md border border-slate-300 bg-white px-2 py-1.5 text-sm font-normal";
const STUCK_DAYS = [3, 7, 14, 30];

/**
 * Filters that apply as they change (search after a short pause while typing), written to the
 * URL so a filtered list can be shared, reloaded and saved as a view. Without JavaScript the
 * form still submits as a plain GET.
 */
export function CreatorFiltersForm({ steps, payouts, languages, tags }: CreatorFiltersProps) {
  const t = useTranslations("admin.list");
  const router = useRouter();
  const pathname = usePathname();
  const params = useSearchParams();
  const [pending, startTransition] = useTransition();
  const typing = useRef<ReturnType<typeof setTimeout>>(undefined);
  const search = useRef<HTMLInputElement>(null);

  // "/" jumps to the search, as in GitHub, Gmail or Stripe's dashboard, unless one is typing.
  useEffect(() => {
    function onKey(event: KeyboardEvent) {
      const target = event.target as HTMLElement;
      if (event.key !== "/" || event.ctrlKey || event.metaKey || event.altKey || target.isContentEditable || ["INPUT", "TEXTAREA", "SELECT"].includes(target.tagName)) return;
      event.preventDefault();
      search.current?.focus();
    }
    document.addEventListener("keydown", onKey);
    return () => document.removeEventListener("keydown", onKey);
  }, []);

  function apply(name: string, value: string) {
    const next = new URLSearchParams(params.toString());
    if (value) next.set(name, value);
    else next.delete(name);
    next.delete("page");
    startTransition(() => router.replace(`${pathname}${next.size ? `?${next}` : ""}`));
  }

  const select = (name: string, label: string, options: Array<{ value: string; label: string }>, anyLabel = t("any")) => (
    <label className="flex flex-col text-xs font-semibold text-slate-700">
      {label}
      <select name={name} defaultValue={params.get(name) ?? ""} onChange={(event) => apply(name, event.target.value)} className={control}>
        <option value="">{anyLabel}</option>
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </label>
  );

  return (
    <form method="get" aria-label={t("filtersLabel")} aria-busy={pending} className="mt-4 flex flex-wrap items-end gap-3 rounded-xl border border-slate-200 bg-white p-4">
      <label className="flex w-full flex-col text-xs font-semibold text-slate-700 sm:w-auto">
        {t("search")}
        <input
          ref={search}
          type="search"
          name="q"
          aria-keyshortcuts="/"
          defaultValue={params.get("q") ?? ""}
          placeholder={t("searchPlaceholder")}
          onChange={(event) => {
            const value = event.target.value;
            clearTimeout(typing.current);
            typing.current = setTimeout(() => apply("q", value.trim()), 300);
          }}
          className={`${control} w-full sm:w-64`}
        />
      </label>
      {select("step", t("step"), steps)}
      {select("payout", t("payouts"), payouts)}
      {select("language", t("language"), languages)}
      {tags.length > 0 && select("tag", t("tag"), tags.map((tag) => ({ value: tag, label: tag })))}
      {select("stuckDays", t("stuckFor"), STUCK_DAYS.map((days) => ({ value: String(days), label: t("days", { days }) })), t("anyTime"))}
      <a href={pathname} className="py-2 text-sm font-medium text-brand-700 underline">
        {t("reset")}
      </a>
    </form>
  );
}
