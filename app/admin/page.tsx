import type { Metadata } from "next";
import Link from "next/link";
import { CreatorFiltersForm } from "@/components/admin/creator-filters";
import { CreatorsTable, type TableColumn } from "@/components/admin/creators-table";
import { SavedViews } from "@/components/admin/saved-views";
import { FlashToast } from "@/components/flash-toast";
import { bulkCreatorsAction, deleteViewAction, saveViewAction } from "./actions";
import { applicableActions, BULK_ACTIONS } from "@/lib/admin/actions";
import { CreatorFilters, listCreators, type CreatorFilters as Filters } from "@/lib/admin/creators";
import { listViews, viewQuery } from "@/lib/admin/saved-views";
import { requirePageUser } from "@/lib/auth/page-guard";
import { db } from "@/lib/db";
import { INTL_LOCALES, LANGUAGE_NAMES, LANGUAGES, type Translator } from "@/lib/i18n";
import { currentTranslations, viewerTimeZone } from "@/lib/i18n/server";
import { WIZARD_PAGES } from "@/lib/onboarding/machine";
import { PAYOUT_STATES } from "@/lib/stripe/payout-state";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await currentTranslations();
  return { title: t("admin.list.title") };
}

function queryString(filters: Partial<Filters>, overrides: Record<string, string | number | undefined> = {}): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries({ ...filters, ...overrides })) {
    if (value !== undefined && value !== "" && !(key === "page" && value === 1) && !Array.isArray(value)) params.set(key, String(value));
  }
  const text = params.toString();
  return text ? `?${text}` : "";
}

function relative(date: Date, t: Translator): string {
  const days = Math.floor((Date.now() - date.getTime()) / 86_400_000);
  return days <= 0 ? t("admin.list.today") : t("admin.list.daysAgo", { days });
}

/** 1 … 4 5 6 … 20: the first, the last, and the pages around the current one. */
function pageNumbers(page: number, pageCount: number): Array<number | "gap"> {
  const wanted = [...new Set([1, page - 1, page, page + 1, pageCount])].filter((number) => number >= 1 && number <= pageCount).sort((a, b) => a - b);
  return wanted.flatMap((number, index) => (index > 0 && number - wanted[index - 1] > 1 ? ["gap" as const, number] : [number]));
}

export default async function CreatorsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const parsed = CreatorFilters.safeParse(await searchParams);
  const filters = parsed.success ? parsed.data : CreatorFilters.parse({});
  const admin = await requirePageUser({ roles: ["admin"], returnTo: "/admin" });
  const { t, language } = await currentTranslations();
  const [{ rows, total, totalIsCapped, page, pageCount }, views, tags] = await Promise.all([
    listCreators(admin, filters),
    listViews(admin),
    db.creatorTag.findMany({ distinct: ["tag"], select: { tag: true }, orderBy: { tag: "asc" }, take: 200 }),
  ]);
  const dateFormat = new Intl.DateTimeFormat(INTL_LOCALES[language], { dateStyle: "medium", timeZone: await viewerTimeZone() });
  // The funnel's periods are UTC days: shown as such, whatever the admin's zone.
  const utcDay = new Intl.DateTimeFormat(INTL_LOCALES[language], { dateStyle: "medium", timeZone: "UTC" });
  const current = queryString(filters);
  const sortable = (label: string, sort: Filters["sort"]): TableColumn => {
    const active = filters.sort === sort;
    const order = active && filters.order === "asc" ? "desc" : active ? "asc" : sort === "email" || sort === "language" ? "asc" : "desc";
    return { label, sortHref: `/admin${queryString(filters, { sort, order, page: undefined })}`, sorted: active ? (filters.order === "asc" ? "ascending" : "descending") : undefined };
  };

  return (
    <div>
      <div className="flex flex-wrap items-end justify-between gap-3">
        <div>
          <h1 className="text-2xl font-bold text-slate-900">{t("admin.list.title")}</h1>
          <p className="text-sm text-slate-600" aria-live="polite">
            {totalIsCapped ? t("admin.list.matchesCapped", { total }) : t("admin.list.matches", { total })}
          </p>
        </div>
        <a href={`/api/v1/admin/creators/export${queryString(filters, { page: undefined })}`} className="rounded-md border border-slate-300 bg-white px-3 py-2 text-sm font-semibold text-slate-800 hover:bg-slate-100">
          {t("admin.list.export")}
        </a>
      </div>
      {!parsed.success && <p className="mt-3 text-sm text-red-700">{t("admin.list.invalidFilters")}</p>}
      {(filters.lastStep || filters.signedUpFrom || filters.signedUpTo) && (
        // Filters the form has no control for (they come from the funnel's figures): said, and undoable.
        <p className="mt-3 rounded-lg bg-brand-50 px-3 py-2 text-sm text-brand-900" data-testid="funnel-filter">
          {t("admin.list.fromFunnel", {
            step: filters.lastStep ? t(`admin.steps.${filters.lastStep}`) : "—",
            from: filters.signedUpFrom ? utcDay.format(new Date(filters.signedUpFrom)) : "…",
            to: filters.signedUpTo ? utcDay.format(new Date(filters.signedUpTo)) : "…",
          })}{" "}
          <Link href={`/admin${queryString({ ...filters, lastStep: undefined, signedUpFrom: undefined, signedUpTo: undefined })}`} className="font-semibold underline">
            {t("admin.list.clearFunnel")}
          </Link>
        </p>
      )}

      <SavedViews views={views} currentQuery={current} activeViewId={views.find((view) => view.query === viewQuery(current))?.id} saveAction={saveViewAction} deleteAction={deleteViewAction} />
      <CreatorFiltersForm
        steps={WIZARD_PAGES.map((value) => ({ value, label: t(`admin.pages.${value}`) }))}
        payouts={PAYOUT_STATES.map((value) => ({ value, label: t(`payout.states.${value}`) }))}
        languages={LANGUAGES.map((value) => ({ value, label: LANGUAGE_NAMES[value] }))}
        tags={tags.map((entry) => entry.tag)}
      />

      <CreatorsTable
        caption={t("admin.list.caption", { page, pages: pageCount })}
        returnTo={`/admin${current}`}
        exportHref="/api/v1/admin/creators/export"
        bulkAction={bulkCreatorsAction}
        bulkActions={BULK_ACTIONS}
        columns={[
          sortable(t("admin.list.columns.creator"), "email"),
          sortable(t("admin.list.columns.step"), "step"),
          sortable(t("admin.list.columns.payouts"), "payouts"),
          sortable(t("admin.list.columns.language"), "language"),
          sortable(t("admin.list.columns.signedUp"), "signed_up"),
          sortable(t("admin.list.columns.lastActivity"), "last_activity"),
        ]}
        rows={rows.map((row) => ({
          id: row.id,
          email: row.email,
          handle: row.handle,
          step: t(`admin.pages.${row.page}`),
          payout: row.payout,
          payoutLabel: t(`payout.states.${row.payout}`),
          language: row.language,
          signedUp: dateFormat.format(row.signedUpAt),
          lastActivity: relative(row.lastActivityAt, t),
          disabled: row.disabled,
          duplicateHandle: row.duplicateHandle,
          tags: row.tags,
          bulkActions: BULK_ACTIONS.filter((action) => applicableActions({ ...row, disabledAt: null, payoutState: row.payout })[action]),
        }))}
      />

      <nav aria-label={t("admin.list.pagination")} className="mt-4 flex flex-wrap items-center justify-between gap-3 text-sm">
        <span className="text-slate-600">
          {t("admin.list.pageOf", { page, pages: pageCount })}
          {totalIsCapped ? "+" : ""}
        </span>
        <ol className="flex flex-wrap gap-1">
          {page > 1 && (
            <li>
              <Link href={`/admin${queryString(filters, { page: page - 1 })}`} className="block rounded-md border border-slate-300 bg-white px-3 py-1.5 font-medium hover:bg-slate-100">
                {t("admin.list.previous")}
              </Link>
            </li>
          )}
          {pageNumbers(page, pageCount).map((number, index) =>
            number === "gap" ? (
              <li key={`gap-${index}`} aria-hidden className="px-2 py-1.5 text-slate-500">
                …
              </li>
            ) : (
              <li key={number}>
                <Link
                  href={`/admin${queryString(filters, { page: number })}`}
                  aria-current={number === page ? "page" : undefined}
                  aria-label={t("admin.list.goToPage", { page: number })}
                  className={`block rounded-md px-3 py-1.5 font-medium ${number === page ? "bg-slate-900 text-white" : "border border-slate-300 bg-white hover:bg-slate-100"}`}
                >
                  {number}
                </Link>
              </li>
            ),
          )}
          {page < pageCount && (
            <li>
              <Link href={`/admin${queryString(filters, { page: page + 1 })}`} className="block rounded-md border border-slate-300 bg-white px-3 py-1.5 font-medium hover:bg-slate-100">
                {t("admin.list.next")}
              </Link>
            </li>
          )}
        </ol>
      </nav>
      <FlashToast />
    </div>
  );
}
