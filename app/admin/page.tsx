import type { Metadata } from "next";
import Link from "next/link";
import { PAYOUT_LABELS, PayoutBadge, STEP_LABELS } from "@/components/admin/badges";
import { CreatorFilters, listCreators, SORTS, type CreatorFilters as Filters } from "@/lib/admin/creators";
import { requirePageUser } from "@/lib/auth/page-guard";
import { PAYOUT_STATES } from "@/lib/stripe/payout-state";
import { WIZARD_PAGES } from "@/lib/onboarding/machine";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Creators" };

const SORT_LABELS: Record<(typeof SORTS)[number], string> = { signed_up: "Signed up", last_activity: "Last activity", email: "Email" };
const control = "rounded-md border border-slate-300 bg-white px-2 py-1.5 text-sm";

function queryString(filters: Partial<Filters>, overrides: Record<string, string | number | undefined> = {}): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries({ ...filters, ...overrides })) {
    if (value !== undefined && value !== "" && !(key === "page" && value === 1)) params.set(key, String(value));
  }
  const text = params.toString();
  return text ? `?${text}` : "";
}

function relative(date: Date): string {
  const days = Math.floor((Date.now() - date.getTime()) / 86_400_000);
  return days <= 0 ? "today" : days === 1 ? "yesterday" : `${days} days ago`;
}

export default async function CreatorsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const parsed = CreatorFilters.safeParse(await searchParams);
  const filters = parsed.success ? parsed.data : CreatorFilters.parse({});
  const admin = await requirePageUser({ roles: ["admin"], returnTo: "/admin" });
  const { rows, total, totalIsCapped, page, pageCount } = await listCreators(admin, filters);

  return (
    <div>
      <div className="flex flex-wrap items-end justify-between gap-3">
        <div>
          <h1 className="text-2xl font-bold text-slate-900">Creators</h1>
          <p className="text-sm text-slate-600">
            {total.toLocaleString("en-US")}
            {totalIsCapped ? "+" : ""} creator{total === 1 ? "" : "s"} match.
          </p>
        </div>
        <a href={`/api/v1/admin/creators/export${queryString(filters, { page: undefined })}`} className="rounded-md border border-slate-300 bg-white px-3 py-2 text-sm font-semibold text-slate-800 hover:bg-slate-100">
          Export CSV
        </a>
      </div>
      {!parsed.success && <p className="mt-3 text-sm text-red-700">Some filters were not valid and were ignored.</p>}

      <form method="get" className="mt-4 flex flex-wrap items-end gap-3 rounded-xl border border-slate-200 bg-white p-4" aria-label="Filter creators">
        <label className="flex flex-col text-xs font-semibold text-slate-700">
          Search
          <input name="q" defaultValue={filters.q} placeholder="Email or handle starts with…" className={`${control} mt-1 w-56 font-normal`} />
        </label>
        <label className="flex flex-col text-xs font-semibold text-slate-700">
          Stuck at step
          <select name="step" defaultValue={filters.step ?? ""} className={`${control} mt-1 font-normal`}>
            <option value="">Any</option>
            {WIZARD_PAGES.map((page) => (
              <option key={page} value={page}>
                {STEP_LABELS[page]}
              </option>
            ))}
          </select>
        </label>
        <label className="flex flex-col text-xs font-semibold text-slate-700">
          Payouts
          <select name="payout" defaultValue={filters.payout ?? ""} className={`${control} mt-1 font-normal`}>
            <option value="">Any</option>
            {PAYOUT_STATES.map((state) => (
              <option key={state} value={state}>
                {PAYOUT_LABELS[state]}
              </option>
            ))}
          </select>
        </label>
        <label className="flex flex-col text-xs font-semibold text-slate-700">
          Language
          <select name="language" defaultValue={filters.language ?? ""} className={`${control} mt-1 font-normal`}>
            <option value="">Any</option>
            <option value="en">English</option>
            <option value="fr">French</option>
          </select>
        </label>
        <label className="flex flex-col text-xs font-semibold text-slate-700">
          No progress for
          <select name="stuckDays" defaultValue={filters.stuckDays?.toString() ?? ""} className={`${control} mt-1 font-normal`}>
            <option value="">Any time</option>
            <option value="3">3+ days</option>
            <option value="7">7+ days</option>
            <option value="14">14+ days</option>
            <option value="30">30+ days</option>
          </select>
        </label>
        <label className="flex flex-col text-xs font-semibold text-slate-700">
          Sort by
          <select name="sort" defaultValue={filters.sort} className={`${control} mt-1 font-normal`}>
            {SORTS.map((sort) => (
              <option key={sort} value={sort}>
                {SORT_LABELS[sort]}
              </option>
            ))}
          </select>
        </label>
        <label className="flex flex-col text-xs font-semibold text-slate-700">
          Order
          <select name="order" defaultValue={filters.order} className={`${control} mt-1 font-normal`}>
            <option value="desc">Newest first / Z–A</option>
            <option value="asc">Oldest first / A–Z</option>
          </select>
        </label>
        <button type="submit" className="rounded-md bg-brand-600 px-4 py-2 text-sm font-semibold text-white hover:bg-brand-700">
          Apply
        </button>
        <Link href="/admin" className="py-2 text-sm font-medium text-brand-700 underline">
          Reset
        </Link>
      </form>

      <div className="mt-4 overflow-x-auto rounded-xl border border-slate-200 bg-white">
        <table className="w-full text-left text-sm">
          <caption className="sr-only">Creators, page {page} of {pageCount}</caption>
          <thead className="bg-slate-50 text-xs uppercase tracking-wide text-slate-600">
            <tr>
              <th scope="col" className="px-4 py-2">Creator</th>
              <th scope="col" className="px-4 py-2">Step</th>
              <th scope="col" className="px-4 py-2">Payouts</th>
              <th scope="col" className="px-4 py-2">Language</th>
              <th scope="col" className="px-4 py-2">Signed up</th>
              <th scope="col" className="px-4 py-2">Last activity</th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {rows.length === 0 && (
              <tr>
                <td colSpan={6} className="px-4 py-8 text-center text-slate-600">
                  No creator matches these filters.
                </td>
              </tr>
            )}
            {rows.map((row) => (
              <tr key={row.id} className="hover:bg-slate-50">
                <td className="px-4 py-2">
                  <Link href={`/admin/creators/${row.id}`} className="font-medium text-brand-700 underline">
                    {row.email}
                  </Link>
                  {row.handle && <span className="block text-xs text-slate-600">@{row.handle}</span>}
                  {row.disabled && <span className="ml-1 rounded bg-red-100 px-1.5 text-xs font-semibold text-red-900">disabled</span>}
                </td>
                <td className="px-4 py-2">{STEP_LABELS[row.page]}</td>
                <td className="px-4 py-2">
                  <PayoutBadge state={row.payout} />
                </td>
                <td className="px-4 py-2 uppercase">{row.language}</td>
                <td className="px-4 py-2 text-slate-700">{row.signedUpAt.toISOString().slice(0, 10)}</td>
                <td className="px-4 py-2 text-slate-700">{relative(row.lastActivityAt)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>

      <nav aria-label="Pagination" className="mt-4 flex items-center justify-between text-sm">
        <span className="text-slate-600">
          Page {page} of {pageCount}
          {totalIsCapped ? "+" : ""}
        </span>
        <span className="flex gap-2">
          {page > 1 && (
            <Link href={`/admin${queryString(filters, { page: page - 1 })}`} className="rounded-md border border-slate-300 bg-white px-3 py-1.5 font-medium hover:bg-slate-100">
              Previous
            </Link>
          )}
          {page < pageCount && (
            <Link href={`/admin${queryString(filters, { page: page + 1 })}`} className="rounded-md border border-slate-300 bg-white px-3 py-1.5 font-medium hover:bg-slate-100">
              Next
            </Link>
          )}
        </span>
      </nav>
    </div>
  );
}
